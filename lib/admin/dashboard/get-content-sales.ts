import 'server-only';

export type ContentSales = { recorded: false };

/**
 * Content that sells: add-to-cart from stories and events. The cart's add action accepts the
 * content page a shopper added from (addToCartSchema.contentId), but nothing stores it yet (the
 * media feature will). Until a table of those clicks exists there is nothing honest to count, so
 * the dashboard says so instead of showing invented figures.
 */
export async function getContentSales(): Promise<ContentSales> {
  return { recorded: false };
}
