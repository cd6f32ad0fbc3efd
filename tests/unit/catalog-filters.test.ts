import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  centsToEuroInput,
  DEFAULT_FILTERS,
  filterQuery,
  isDefaultView,
  keepKnownValues,
  parseCategoryFilters,
} from '@/lib/catalog/category-filters';
import { categoryPath, childrenOf, subtreeCounts, subtreeIds } from '@/lib/catalog/category-tree';
import { pageCount, readPageParam, visiblePages } from '@/lib/catalog/pagination';

describe('parseCategoryFilters', () => {
  it('reads euros (with a comma or a point), store, sizes, colours, sort and page', () => {
    expect(
      parseCategoryFilters({ min: '10', max: '49,90', store: 'tampere', size: ['M', 'L'], colour: 'musta', sort: 'price-asc', page: '3' }),
    ).toEqual({ minCents: 1000, maxCents: 4990, store: 'tampere', sizes: ['M', 'L'], colours: ['musta'], sort: 'price-asc', page: 3 });
    expect(parseCategoryFilters({ max: '12.5' }).maxCents).toBe(1250);
  });

  it('is the default view for no parameters, empty fields and the form’s "anywhere" store', () => {
    const filters = parseCategoryFilters({ min: '', max: '', store: '' });
    expect(filters).toEqual(DEFAULT_FILTERS);
    expect(isDefaultView(filters)).toBe(true);
  });

  it('ignores what it cannot read instead of failing', () => {
    expect(parseCategoryFilters({ min: 'abc', max: '-5', sort: 'cheapest', page: '0' })).toEqual(DEFAULT_FILTERS);
    expect(parseCategoryFilters({ page: '-2' }).page).toBe(1);
    expect(parseCategoryFilters({ page: '99999' }).page).toBe(1);
    expect(parseCategoryFilters({ min: '1e3' }).minCents).toBeNull();
  });

  it('turns a reversed price range around', () => {
    const filters = parseCategoryFilters({ min: '50', max: '20' });
    expect([filters.minCents, filters.maxCents]).toEqual([2000, 5000]);
  });

  it('drops duplicate, empty and over-long values', () => {
    expect(parseCategoryFilters({ size: ['M', 'M', ' ', 'x'.repeat(61)] }).sizes).toEqual(['M']);
  });
});

describe('keepKnownValues', () => {
  it('keeps only sizes, colours and stores that exist', () => {
    const filters = parseCategoryFilters({ size: ['M', 'XXL'], colour: ['musta', 'violetti'], store: 'oulu' });
    expect(keepKnownValues(filters, { sizes: ['S', 'M'], colours: ['musta'], stores: ['tampere'] })).toMatchObject({
      sizes: ['M'],
      colours: ['musta'],
      store: null,
    });
  });
});

describe('filterQuery', () => {
  it('writes the filters back as the query a form would send, leaving defaults out', () => {
    const filters = parseCategoryFilters({ min: '9,90', max: '20', store: 'jyvaskyla', size: ['S'], colour: ['sininen'], sort: 'name', page: '2' });
    expect(filterQuery(filters)).toEqual({ min: '9,90', max: '20', store: 'jyvaskyla', size: ['S'], colour: ['sininen'], sort: 'name', page: '2' });
    expect(parseCategoryFilters(filterQuery(filters))).toEqual(filters);
    expect(filterQuery(DEFAULT_FILTERS)).toEqual({});
    expect(activeFilterCount(filters)).toBe(5);
  });

  it('writes cents as euros a shopper would type', () => {
    expect([centsToEuroInput(1200), centsToEuroInput(1250), centsToEuroInput(5), centsToEuroInput(null)]).toEqual(['12', '12,50', '0,05', '']);
  });
});

describe('pagination', () => {
  it('counts pages of 24 and reads page numbers safely', () => {
    expect([pageCount(0), pageCount(24), pageCount(25)]).toEqual([1, 1, 2]);
    expect([readPageParam('2'), readPageParam('x'), readPageParam(['3', '4']), readPageParam(undefined)]).toEqual([2, 1, 3, 1]);
  });

  it('shows the first, the last and the neighbours of the current page', () => {
    expect(visiblePages(1, 1)).toEqual([1]);
    expect(visiblePages(1, 3)).toEqual([1, 2, 3]);
    expect(visiblePages(5, 10)).toEqual([1, 'gap', 4, 5, 6, 'gap', 10]);
    expect(visiblePages(10, 10)).toEqual([1, 'gap', 9, 10]);
  });
});

describe('the category tree', () => {
  const node = (id: string, parentId: string | null, position = 0, productCount = 1) => ({
    id, slug: id, name: id, description: null, parentId, position, productCount,
  });
  const tree = [node('home', null, 1), node('kitchen', 'home', 2, 3), node('textiles', 'home', 1, 2), node('towels', 'textiles'), node('books', null, 0, 4)];

  it('gives the path from the top for breadcrumbs', () => {
    expect(categoryPath(tree, 'towels').map((c) => c.id)).toEqual(['home', 'textiles', 'towels']);
  });

  it('finds a category’s subtree and children in shop order', () => {
    expect(subtreeIds(tree, 'home').sort()).toEqual(['home', 'kitchen', 'textiles', 'towels']);
    expect(childrenOf(tree, 'home').map((c) => c.id)).toEqual(['textiles', 'kitchen']);
    expect(childrenOf(tree, null).map((c) => c.id)).toEqual(['books', 'home']);
  });

  it('counts products with those of the subcategories', () => {
    const counts = subtreeCounts(tree);
    expect([counts.get('home'), counts.get('textiles'), counts.get('books')]).toEqual([7, 3, 4]);
  });

  it('survives a loop in the data', () => {
    const loop = [node('a', 'b'), node('b', 'a')];
    expect(categoryPath(loop, 'a').map((c) => c.id)).toEqual(['b', 'a']);
    expect(subtreeIds(loop, 'a').sort()).toEqual(['a', 'b']);
  });
});
