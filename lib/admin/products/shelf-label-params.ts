// Which products the shelf-label sheet is for, from its query string: the product list's
// selection (?ids=…&ids=…) or a search and/or a category (?q=…&category=…).
import { isUuid } from '@/lib/validation/uuid';
import { readProductFilters } from './list-params';

export type ShelfLabelChoice =
  | { kind: 'ids'; ids: string[] }
  | { kind: 'filter'; q: string; categoryId: string | null }
  | { kind: 'none' };

/** A selection larger than one list page (50) cannot come from the list; more is ignored. */
const MAX_IDS = 200;

export function readShelfLabelChoice(params: Record<string, string | string[] | undefined>): ShelfLabelChoice {
  const ids = [...new Set([params.ids ?? []].flat())].filter(isUuid).slice(0, MAX_IDS);
  if (ids.length > 0) return { kind: 'ids', ids };
  const { q, categoryId } = readProductFilters(params);
  if (q || categoryId) return { kind: 'filter', q, categoryId };
  return { kind: 'none' };
}
