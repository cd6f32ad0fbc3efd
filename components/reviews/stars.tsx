/** Stars as text (★★★★☆) with the rating for screen readers, e.g. "4 / 5". */
export function Stars({ rating, label, className }: { rating: number; label: string; className?: string }) {
  const full = Math.round(rating);
  return (
    <span className={className}>
      <span aria-hidden="true" className="tracking-wider text-amber-700">
        {'★'.repeat(full)}
        {'☆'.repeat(5 - full)}
      </span>
      <span className="sr-only">{label}</span>
    </span>
  );
}
