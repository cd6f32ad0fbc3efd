import { describe, expect, it } from 'vitest';
import { readQueryParam, searchTerms } from '@/lib/catalog/search-terms';

describe('searchTerms', () => {
  it('makes every word a prefix, lower-cased, Finnish letters kept', () => {
    expect(searchTerms('  Kahvi  SUODATIN ')).toEqual({ text: 'kahvi suodatin', prefixQuery: 'kahvi:* & suodatin:*' });
    expect(searchTerms('Päijänne 1:50 000')).toEqual({ text: 'päijänne 1 50 000', prefixQuery: 'päijänne:* & 1:* & 50:* & 000:*' });
  });

  it('drops text-search operators and SQL punctuation, so nothing can be injected', () => {
    expect(searchTerms("kahvi' | !tee & (x:*) -- ;DROP TABLE products")).toEqual({
      text: 'kahvi tee x drop table products',
      prefixQuery: 'kahvi:* & tee:* & x:* & drop:* & table:* & products:*',
    });
    expect(searchTerms('<script>alert(1)</script>')?.prefixQuery).toBe('script:* & alert:* & 1:* & script:*');
  });

  it('has nothing to search for in an empty query or in punctuation only', () => {
    expect(searchTerms('')).toBeNull();
    expect(searchTerms('   ')).toBeNull();
    expect(searchTerms("'&|!:*()")).toBeNull();
  });

  it('keeps at most eight words of at most forty letters', () => {
    const terms = searchTerms(`${'a'.repeat(60)} b c d e f g h i j`)!;
    expect(terms.text.split(' ')).toHaveLength(8);
    expect(terms.text.split(' ')[0]).toHaveLength(40);
  });
});

describe('readQueryParam', () => {
  it('takes the first value, trimmed, at most 200 characters', () => {
    expect(readQueryParam(['  muki ', 'kuppi'])).toBe('muki');
    expect(readQueryParam(undefined)).toBe('');
    expect(readQueryParam('x'.repeat(300))).toHaveLength(200);
  });
});
