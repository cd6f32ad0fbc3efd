// What an import reports about a file: errors per row (row numbers as a spreadsheet shows them:
// the header is row 1) and counts of what was, or would be, created, updated and skipped.

/** A message key under adminImport.errors (fi/en), with its ICU parameters. */
export type ImportErrorCode =
  | 'fileTooLarge'
  | 'fileEmpty'
  | 'notShopifyCsv'
  | 'notStockCsv'
  | 'handleMissing'
  | 'handleInvalid'
  | 'titleMissing'
  | 'tooLong'
  | 'statusInvalid'
  | 'publishedInvalid'
  | 'giftCardUnsupported'
  | 'priceMissing'
  | 'priceInvalid'
  | 'priceNegative'
  | 'compareAtInvalid'
  | 'compareAtNotAbovePrice'
  | 'compareAtDropped'
  | 'barcodeDropped'
  | 'vatInvalid'
  | 'skuInvalid'
  | 'skuRepeated'
  | 'skuTaken'
  | 'eanInvalid'
  | 'quantityInvalid'
  | 'quantityBelowReserved'
  | 'optionUnsupported'
  | 'variantRepeated'
  | 'imageUrlInvalid'
  | 'imageForUnknownHandle'
  | 'productRowInvalid'
  | 'noValidVariants'
  | 'tagsInvalid'
  | 'storeMissing'
  | 'storeUnknown'
  | 'skuMissing'
  | 'skuUnknown'
  | 'stockRepeated';

export type RowError = {
  /** The row as a spreadsheet numbers it (header = 1); 0 for the file as a whole. */
  row: number;
  /** The column's name as in the file's header, when one column is at fault. */
  column: string | null;
  code: ImportErrorCode;
  params?: Record<string, string | number>;
};

export type ProductImportCounts = {
  rows: number;
  productsCreated: number;
  productsUpdated: number;
  productsSkipped: number;
  variantsCreated: number;
  variantsUpdated: number;
  variantsSkipped: number;
  imagesCreated: number;
  imagesUpdated: number;
  imagesSkipped: number;
  stockChanged: number;
  categoriesCreated: string[];
  tagsCreated: string[];
  /** Rows with at least one error (left out of the import). */
  invalidRows: number;
};

export type StockImportCounts = {
  rows: number;
  changed: number;
  skipped: number;
  invalidRows: number;
};

export function emptyProductCounts(rows = 0): ProductImportCounts {
  return {
    rows,
    productsCreated: 0,
    productsUpdated: 0,
    productsSkipped: 0,
    variantsCreated: 0,
    variantsUpdated: 0,
    variantsSkipped: 0,
    imagesCreated: 0,
    imagesUpdated: 0,
    imagesSkipped: 0,
    stockChanged: 0,
    categoriesCreated: [],
    tagsCreated: [],
    invalidRows: 0,
  };
}

/** Sorted by row, then column: the order a person fixes a file in. */
export function sortErrors(errors: RowError[]): RowError[] {
  return [...errors].sort((a, b) => a.row - b.row || (a.column ?? '').localeCompare(b.column ?? ''));
}

export function invalidRowCount(errors: readonly RowError[]): number {
  return new Set(errors.filter((e) => e.row > 0).map((e) => e.row)).size;
}
