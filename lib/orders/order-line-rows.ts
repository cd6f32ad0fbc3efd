import type { QuoteLine } from '@/lib/checkout/compute-quote';

/**
 * An order's lines as stored: name, SKU, price and VAT are snapshots of the quote (what was
 * sold, at what price), with the story or event page each came from when there is one.
 */
export function orderLineRows(lines: readonly QuoteLine[], contentOf: (variantId: string) => string | null = () => null) {
  return lines.map((line) => ({
    productId: line.productId,
    variantId: line.variantId,
    sku: line.sku,
    name: line.name,
    variantLabel: line.variantLabel,
    quantity: line.quantity,
    unitPriceCents: line.unitPriceCents,
    vatRateBp: line.vatRateBp,
    lineTotalCents: line.lineTotalCents,
    vatCents: line.vatCents,
    finalSale: line.finalSale,
    contentId: contentOf(line.variantId),
  }));
}
