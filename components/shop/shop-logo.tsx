/** The shop's mark: a rowan ("pihlaja") leaf with a cluster of berries. Decorative. */
export function ShopLogo({ className = 'size-8' }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" focusable="false" className={className}>
      <path d="M6 26C7 16 13 9 25 6c-2 11-8 18-19 20Z" fill="var(--color-brand-600)" />
      <path d="M8 24 21 11" stroke="var(--color-brand-50)" strokeWidth="1.5" strokeLinecap="round" />
      <circle cx="21" cy="22" r="3.2" fill="var(--color-accent-500)" />
      <circle cx="26.5" cy="19" r="2.8" fill="var(--color-accent-500)" />
      <circle cx="25" cy="25.5" r="2.6" fill="var(--color-accent-700)" />
    </svg>
  );
}
