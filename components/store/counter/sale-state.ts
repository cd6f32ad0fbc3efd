import type { CounterItem } from '@/lib/counter/counter-item';

// The sale on the till's screen: lines in the order they were added (a second scan of the same
// product adds one to its line), nothing sent to the server until "pay".

export type SaleLine = CounterItem & {
  quantity: number;
  /** A price changed at the till (owner, or staff allowed to), with its reason. */
  override?: { unitPriceCents: number; reason: string };
};

/** What one of the line costs now. */
export function unitPriceCents(line: SaleLine): number {
  return line.override?.unitPriceCents ?? line.priceCents;
}

export function setOverride(lines: readonly SaleLine[], variantId: string, override: SaleLine['override']): SaleLine[] {
  return lines.map((line) => (line.variantId === variantId ? { ...line, override } : line));
}

export function addItem(lines: readonly SaleLine[], item: CounterItem): SaleLine[] {
  const existing = lines.find((line) => line.variantId === item.variantId);
  if (!existing) return [...lines, { ...item, quantity: 1 }];
  return lines.map((line) => (line.variantId === item.variantId ? { ...line, quantity: Math.min(99, line.quantity + 1) } : line));
}

export function setQuantity(lines: readonly SaleLine[], variantId: string, quantity: number): SaleLine[] {
  if (quantity <= 0) return lines.filter((line) => line.variantId !== variantId);
  return lines.map((line) => (line.variantId === variantId ? { ...line, quantity: Math.min(99, quantity) } : line));
}

export function saleTotalCents(lines: readonly SaleLine[]): number {
  return lines.reduce((sum, line) => sum + unitPriceCents(line) * line.quantity, 0);
}

/** Notes the customer might hand over for `totalCents`: exact, then the next round 5, 10, 20, 50, 100 €. */
export function cashSuggestions(totalCents: number): number[] {
  const amounts = [totalCents];
  for (const note of [500, 1000, 2000, 5000, 10000]) {
    const rounded = Math.ceil(totalCents / note) * note;
    if (rounded > totalCents && !amounts.includes(rounded)) amounts.push(rounded);
  }
  return amounts.slice(0, 4);
}
