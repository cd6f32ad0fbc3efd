import 'server-only';
import { prisma } from '@/lib/db';
import { availableToSell } from './available-to-sell';
import { cartWhere } from './cart-db';
import type { CartLineView, CartRef, CartView } from './types';

/** The cart a reference points at, with today's prices and availability; null when there is none. */
export async function getCart(cartRef: CartRef, locale: 'fi' | 'en'): Promise<CartView | null> {
  const cart = await prisma.cart.findFirst({
    where: cartWhere(cartRef),
    select: {
      id: true,
      items: {
        orderBy: { createdAt: 'asc' },
        select: {
          id: true,
          quantity: true,
          priceCentsAtAdd: true,
          variant: {
            select: {
              id: true,
              sku: true,
              priceCents: true,
              vatRateBp: true,
              size: true,
              colour: true,
              active: true,
              product: {
                select: {
                  id: true,
                  slug: true,
                  nameFi: true,
                  nameEn: true,
                  status: true,
                  images: { orderBy: { position: 'asc' }, take: 1, select: { url: true, altFi: true, altEn: true } },
                },
              },
            },
          },
        },
      },
    },
  });
  if (!cart) return null;

  const available = await availableToSell(prisma, [...new Set(cart.items.map((item) => item.variant.id))]);
  const items = cart.items.map(({ id, quantity, priceCentsAtAdd, variant }): CartLineView => {
    const { product } = variant;
    const image = product.images[0];
    const name = locale === 'fi' ? product.nameFi : product.nameEn;
    return {
      id,
      variantId: variant.id,
      productId: product.id,
      productSlug: product.slug,
      name,
      variantLabel: [variant.size, variant.colour].filter(Boolean).join(' / ') || null,
      sku: variant.sku,
      imageUrl: image?.url ?? null,
      imageAlt: image ? (locale === 'fi' ? image.altFi : image.altEn) : name,
      quantity,
      unitPriceCents: variant.priceCents,
      priceCentsAtAdd,
      priceChanged: priceCentsAtAdd !== variant.priceCents,
      vatRateBp: variant.vatRateBp,
      available: available.get(variant.id) ?? 0,
      purchasable: variant.active && product.status === 'ACTIVE',
      lineTotalCents: variant.priceCents * quantity,
    };
  });
  return {
    id: cart.id,
    itemCount: items.reduce((sum, item) => sum + item.quantity, 0),
    subtotalCents: items.filter((item) => item.purchasable).reduce((sum, item) => sum + item.lineTotalCents, 0),
    items,
  };
}
