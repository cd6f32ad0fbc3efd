import 'server-only';
import type { AppLocale } from '@/i18n/routing';
import { MAX_LINE_QUANTITY } from '@/lib/cart/quantity-limits';
import { AppError } from '@/lib/errors';
import type { Tx } from '@/lib/inventory/tx';
import type { StockLine } from '@/lib/inventory/stock-lines';
import { computeQuote, type FulfilmentType, type PricedLine, type Quote, type ShippingRates } from './compute-quote';

export type QuoteRequest = {
  /** Variant and quantity only: whatever price a client sent is never looked at. */
  lines: readonly StockLine[];
  fulfilment: FulfilmentType;
  locale: AppLocale;
};

/**
 * Prices an order from the database: today's price, VAT rate and name of each variant, shipping
 * by the shop's rates. Refuses a quantity outside 1..99 (VALIDATION) and a product that is no
 * longer sold (PRODUCT_UNAVAILABLE, message: the product's name).
 */
export async function quoteOrder(db: Pick<Tx, 'productVariant'>, request: QuoteRequest, rates: ShippingRates): Promise<Quote> {
  const lines = mergeLines(request.lines);
  if (lines.length === 0) throw new AppError('CART_EMPTY');
  const variants = await db.productVariant.findMany({
    where: { id: { in: lines.map((line) => line.variantId) } },
    select: {
      id: true,
      sku: true,
      priceCents: true,
      vatRateBp: true,
      size: true,
      colour: true,
      active: true,
      product: { select: { id: true, nameFi: true, nameEn: true, status: true, finalSale: true } },
    },
  });
  const byId = new Map(variants.map((variant) => [variant.id, variant]));
  const priced = lines.map((line): PricedLine => {
    const variant = byId.get(line.variantId);
    if (!variant) throw new AppError('PRODUCT_UNAVAILABLE', line.variantId);
    const name = request.locale === 'fi' ? variant.product.nameFi : variant.product.nameEn;
    const variantLabel = [variant.size, variant.colour].filter(Boolean).join(' / ') || null;
    if (!variant.active || variant.product.status !== 'ACTIVE') {
      throw new AppError('PRODUCT_UNAVAILABLE', variantLabel ? `${name} (${variantLabel})` : name);
    }
    return {
      variantId: variant.id,
      productId: variant.product.id,
      sku: variant.sku,
      name,
      variantLabel,
      quantity: line.quantity,
      unitPriceCents: variant.priceCents,
      vatRateBp: variant.vatRateBp,
      finalSale: variant.product.finalSale,
    };
  });
  return computeQuote(priced, request.fulfilment, rates);
}

/** Lines of the same variant summed, in the order they first came; each quantity checked. */
function mergeLines(lines: readonly StockLine[]): StockLine[] {
  const merged = new Map<string, number>();
  for (const { variantId, quantity } of lines) {
    if (!isQuantity(quantity)) throw new AppError('VALIDATION', 'quantityInvalid', 'quantity');
    merged.set(variantId, (merged.get(variantId) ?? 0) + quantity);
  }
  const result = [...merged].map(([variantId, quantity]) => ({ variantId, quantity }));
  if (result.some((line) => line.quantity > MAX_LINE_QUANTITY)) throw new AppError('VALIDATION', 'quantityTooLarge', 'quantity');
  return result;
}

function isQuantity(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 1;
}
