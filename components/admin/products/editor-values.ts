// What the product editor starts with: a product's saved values, prices as typed euros ("12,90").

export type VariantValues = {
  id: string;
  sku: string;
  ean: string;
  size: string;
  colour: string;
  price: string;
  compareAt: string;
  active: boolean;
};

export type ImageValues = { url: string; altFi: string; altEn: string };

export type ProductValues = {
  id: string | null;
  slug: string;
  nameFi: string;
  nameEn: string;
  descriptionFi: string;
  descriptionEn: string;
  categoryId: string;
  tags: string;
  vatRateBp: number;
  status: 'DRAFT' | 'ACTIVE' | 'ARCHIVED';
  finalSale: boolean;
  featured: boolean;
  images: ImageValues[];
  variants: VariantValues[];
};

/** 1290 -> "12,90" (what the editor's price fields show and accept). */
export function centsToInput(cents: number | null): string {
  if (cents === null) return '';
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

export const emptyVariant: VariantValues = { id: '', sku: '', ean: '', size: '', colour: '', price: '', compareAt: '', active: true };

export const emptyProduct: ProductValues = {
  id: null,
  slug: '',
  nameFi: '',
  nameEn: '',
  descriptionFi: '',
  descriptionEn: '',
  categoryId: '',
  tags: '',
  vatRateBp: 2550,
  status: 'DRAFT',
  finalSale: false,
  featured: false,
  images: [],
  variants: [emptyVariant],
};
