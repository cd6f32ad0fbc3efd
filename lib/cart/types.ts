// The cart as the shop shows it. Prices are integer cents and include VAT.

/** Whose cart: the signed-in user's, or the guest cart behind the `dj_cart` cookie's token. */
export type CartRef = { userId: string; guestToken?: never } | { guestToken: string; userId?: never };

export type CartLineView = {
  id: string;
  variantId: string;
  productId: string;
  productSlug: string;
  /** The product's name in the shopper's locale. */
  name: string;
  /** Size and colour, e.g. "M / Sininen"; null for a product without options. */
  variantLabel: string | null;
  sku: string;
  imageUrl: string | null;
  imageAlt: string;
  quantity: number;
  /** The price now. */
  unitPriceCents: number;
  /** The price when the shopper added the line. */
  priceCentsAtAdd: number;
  priceChanged: boolean;
  vatRateBp: number;
  /** Units available to sell across the web warehouse and the stores with pickup. */
  available: number;
  /** False when the product is no longer on sale (not ACTIVE, or the variant is inactive). */
  purchasable: boolean;
  /** unitPriceCents × quantity. */
  lineTotalCents: number;
};

export type CartView = {
  id: string;
  /** Units in the cart (the sum of quantities), as the header badge shows it. */
  itemCount: number;
  /** The sum of line totals of the lines that can be bought now. */
  subtotalCents: number;
  items: CartLineView[];
};

/** What a change did: the line's new quantity, and whether the shopper got less than asked. */
export type CartChange = {
  itemCount: number;
  itemId: string | null;
  quantity: number;
  /** 'stock' when availability limited the quantity, 'maximum' when the 99 per line did. */
  limitedBy: 'stock' | 'maximum' | null;
  available: number;
};
