import type { ReactNode } from 'react';
import { Card, CardTitle } from '@/components/ui/card';
import { cn } from '@/components/ui/cn';

/** One block of the dashboard: a titled card, with an optional line on what the figures mean. */
export function DashboardSection({ title, hint, className, children }: { title: string; hint?: ReactNode; className?: string; children: ReactNode }) {
  return (
    <Card as="section" className={cn('min-w-0', className)}>
      <CardTitle>{title}</CardTitle>
      {hint ? <p className="mt-1 text-sm text-stone-700">{hint}</p> : null}
      <div className="mt-4">{children}</div>
    </Card>
  );
}

/** A Helsinki date (YYYY-MM-DD) as an instant at its noon, for formatting as a date. */
export function dayAsDate(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}
