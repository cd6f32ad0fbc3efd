'use client';

import { Button } from '@/components/ui/button';

/** Prints the page (the pick list has print styles: no navigation, full width). */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button variant="secondary" className="print:hidden" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
