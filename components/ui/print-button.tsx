'use client';

import { Button } from '@/components/ui/button';

/** Prints the page (pages that have one hide their navigation in print: `print:hidden`). */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button variant="secondary" className="print:hidden" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
