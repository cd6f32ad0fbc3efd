// The shape of the demo catalog's data files (one per category).

export type VatRateBp = 2550 | 1400 | 1000 | 0;

/** How the product's generated picture looks (see prisma/seed/images.ts). */
export type PictureShape = 'cup' | 'pot' | 'house' | 'mountain' | 'star' | 'book' | 'gift' | 'leaf';

export type VariantSeed = {
  size?: string;
  /** Colour in Finnish, the shop's first language. */
  colour?: string;
  /** Overrides the product's price for this variant. */
  priceCents?: number;
};

export type ProductSeed = {
  slug: string;
  nameFi: string;
  nameEn: string;
  descriptionFi: string;
  descriptionEn: string;
  priceCents: number;
  /** Defaults to the category's rate. */
  vatRateBp?: VatRateBp;
  compareAtCents?: number;
  featured?: boolean;
  finalSale?: boolean;
  draft?: boolean;
  vendor?: string;
  tags?: string[];
  /** Without variants the product has one variant with no size or colour. */
  variants?: VariantSeed[];
};

export type CategorySeed = {
  slug: string;
  /** Three letters used in SKUs, e.g. KAH -> PP-KAH-001. */
  code: string;
  nameFi: string;
  nameEn: string;
  descriptionFi: string;
  descriptionEn: string;
  vatRateBp: VatRateBp;
  shape: PictureShape;
  products: ProductSeed[];
};
