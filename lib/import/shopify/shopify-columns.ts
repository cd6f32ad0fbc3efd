// The columns of Shopify's product CSV that the import reads (matched case-insensitively; any
// other column is ignored), plus the optional "VAT rate" column that Shopify does not have.

export const SHOPIFY_COLUMNS = {
  handle: ['Handle'],
  title: ['Title'],
  body: ['Body (HTML)', 'Body HTML', 'Body'],
  vendor: ['Vendor'],
  type: ['Type', 'Product Type', 'Product Category'],
  tags: ['Tags'],
  published: ['Published', 'Published on online store'],
  option1Name: ['Option1 Name'],
  option1Value: ['Option1 Value'],
  option2Name: ['Option2 Name'],
  option2Value: ['Option2 Value'],
  option3Name: ['Option3 Name'],
  option3Value: ['Option3 Value'],
  sku: ['Variant SKU'],
  inventoryQty: ['Variant Inventory Qty', 'Inventory Qty'],
  price: ['Variant Price'],
  compareAt: ['Variant Compare At Price'],
  barcode: ['Variant Barcode'],
  imageSrc: ['Image Src'],
  imagePosition: ['Image Position'],
  imageAlt: ['Image Alt Text'],
  giftCard: ['Gift Card'],
  variantImage: ['Variant Image'],
  status: ['Status'],
  vat: ['VAT rate', 'VAT', 'VAT %', 'ALV', 'ALV %', 'Variant VAT rate'],
} as const;

export type ShopifyField = keyof typeof SHOPIFY_COLUMNS;

/** Reads cells by field name; `has` tells whether the file has the column at all. */
export type ColumnReader = {
  has: (field: ShopifyField) => boolean;
  /** The cell, trimmed; '' when empty or when the file has no such column. */
  get: (cells: readonly string[], field: ShopifyField) => string;
  /** The column's name as written in the file (for error messages). */
  name: (field: ShopifyField) => string;
};

export function columnReader<F extends string>(header: readonly string[], columns: Record<F, readonly string[]>) {
  const lower = header.map((cell) => cell.trim().toLowerCase());
  const index = new Map<F, number>();
  for (const [field, names] of Object.entries(columns) as [F, readonly string[]][]) {
    const at = names.map((name) => lower.indexOf(name.toLowerCase())).find((i) => i >= 0);
    if (at !== undefined) index.set(field, at);
  }
  return {
    has: (field: F) => index.has(field),
    get: (cells: readonly string[], field: F) => {
      const at = index.get(field);
      return at === undefined ? '' : unescapeFormula((cells[at] ?? '').trim());
    },
    name: (field: F) => {
      const at = index.get(field);
      return at === undefined ? columns[field][0] : header[at];
    },
  };
}

/**
 * Spreadsheets run a cell that starts with = + - @ as a formula (CSV injection); the export
 * writes such text with a leading apostrophe, which the import takes off again.
 */
export function escapeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function unescapeFormula(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}
