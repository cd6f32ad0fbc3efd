/** 2550 -> "25,5" (fi) or "25.5" (en); 1400 -> "14". */
export function formatVatRate(rateBp: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'fi' ? 'fi-FI' : 'en-GB', { maximumFractionDigits: 2 }).format(rateBp / 100);
}
