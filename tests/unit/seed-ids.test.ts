import { describe, expect, it } from 'vitest';
import { newId } from '@/prisma/seed/ids';

describe('demo ids', () => {
  it('are the same for the same thing in every demo database, and differ between things', () => {
    expect(newId('product', 'kahvimuki')).toBe(newId('product', 'kahvimuki'));
    expect(newId('product', 'kahvimuki')).not.toBe(newId('product', 'teemuki'));
    expect(newId('product', 'x')).not.toBe(newId('variant', 'x'));
  });

  it('are valid version 4 UUIDs that PostgreSQL accepts', () => {
    expect(newId('store', 'tampere')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
