/** A VAT rate in basis points as shoppers read it: 2550 -> "25,5" (fi), "25.5" (en); 1400 -> "14". */
export function vatRateText(rateBp: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'fi' ? 'fi-FI' : 'en-GB', { maximumFractionDigits: 2 }).format(rateBp / 100);
}
