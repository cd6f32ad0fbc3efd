import { helsinkiClock } from '@/lib/catalog/helsinki-clock';

/** The store's business day at `now`: its date in Helsinki, YYYY-MM-DD. */
export function businessDate(now: Date): string {
  return helsinkiClock(now).date;
}

/** A YYYY-MM-DD date as PostgreSQL's `date` column takes it through Prisma. */
export function dateColumn(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}
