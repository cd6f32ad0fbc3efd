import { describe, expect, it } from 'vitest';
import { CONTENT_SLUG_PATTERN, contentSlug } from '@/lib/content/content-slug';

describe('content slugs', () => {
  it('folds Finnish letters and joins words with hyphens', () => {
    expect(contentSlug('Syksyn kävelyretki Ähtärissä')).toBe('syksyn-kavelyretki-ahtarissa');
    expect(contentSlug('Åland & öljyvärit!')).toBe('aland-oljyvarit');
    expect(contentSlug('  Kahvi: 3 paahtoa  ')).toBe('kahvi-3-paahtoa');
  });

  it('makes slugs the save accepts, or nothing from a title without letters', () => {
    for (const title of ['Neuleilta Tampereella', 'Coffee tasting: the autumn roasts', '<script>alert(1)</script>']) {
      expect(contentSlug(title)).toMatch(CONTENT_SLUG_PATTERN);
    }
    expect(contentSlug('!!!')).toBe('');
  });
});
