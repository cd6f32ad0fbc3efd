import 'server-only';
import { computeQuote, type Quote } from '@/lib/checkout/compute-quote';
import { AppError } from '@/lib/errors';
import type { Tx } from '@/lib/inventory/tx';

/** A line's price changed at the till: the new unit price (VAT included) and why. */
export type PriceOverride = { variantId: string; unitPriceCents: number; reason: string };

/** What was changed, for the sale's timeline and the audit log. */
export type AppliedOverride = PriceOverride & { listPriceCents: number };

/**
 * The quote with the till's price changes applied. Only the owner, or staff the owner allows
 * (users.can_override_prices), may change prices (FORBIDDEN otherwise), and each change needs a
 * reason (VALIDATION). A "change" to the shop's own price is no change.
 */
export async function applyPriceOverrides(tx: Tx, quote: Quote, overrides: readonly PriceOverride[], sellerId: string): Promise<{ quote: Quote; applied: AppliedOverride[] }> {
  const byVariant = new Map(overrides.map((override) => [override.variantId, override]));
  const applied: AppliedOverride[] = [];
  const lines = quote.lines.map((line) => {
    const override = byVariant.get(line.variantId);
    if (!override || override.unitPriceCents === line.unitPriceCents) return line;
    applied.push({ ...override, listPriceCents: line.unitPriceCents });
    return { ...line, unitPriceCents: override.unitPriceCents };
  });
  if (applied.length === 0) return { quote, applied };
  const seller = await tx.user.findUniqueOrThrow({ where: { id: sellerId }, select: { role: true, canOverridePrices: true } });
  if (seller.role !== 'OWNER' && !seller.canOverridePrices) throw new AppError('FORBIDDEN');
  if (applied.some((override) => !override.reason.trim())) throw new AppError('VALIDATION', 'storeCounter.errors.overrideReasonRequired', 'reason');
  return { quote: computeQuote(lines, 'PICKUP', { deliveryCents: 0, parcelLockerCents: 0, freeOverCents: null }), applied };
}
