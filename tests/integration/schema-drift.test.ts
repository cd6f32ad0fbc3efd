// schema.prisma and the SQL migrations are written by hand, side by side. This test fails when
// they disagree: a model, column, type, nullability, default, key, index, foreign key or enum that
// one has and the other has not. The data model comes from Prisma's own schema parser (see
// tests/support/prisma-dmmf.ts); the database is this test file's freshly migrated one.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDatabaseShape } from '../support/database-model';
import { getDatamodel } from '../support/prisma-dmmf';
import { diffShapes, shapeFromDatamodel, type DatabaseShape } from '../support/schema-model';
import { prisma } from '@/lib/db';
import { createProduct } from '../support/factories/catalog';
import { createStore } from '../support/factories/stores';
import { testDatabaseUrl } from '../support/test-database';

const schema = readFileSync('prisma/schema.prisma', 'utf8');
const driftOf = (text: string, database: DatabaseShape) => diffShapes(shapeFromDatamodel(getDatamodel(text)), database);

describe('schema.prisma and the migrated database', () => {
  let database: DatabaseShape;
  beforeAll(async () => {
    database = await readDatabaseShape(testDatabaseUrl);
  });

  it('describe the same tables, columns, keys, indexes and enums', () => {
    expect(Object.keys(database.tables).length).toBeGreaterThan(30);
    expect(driftOf(schema, database)).toEqual([]);
  });

  it('drift is reported: a field the migrations do not create', () => {
    const changed = schema.replace(/(model Store \{\n)/, '$1  bogus Int\n');
    expect(driftOf(changed, database)).toEqual(['column stores.bogus is in schema.prisma but not in the database']);
  });

  it('drift is reported: different nullability, type, enum values and foreign keys', () => {
    const changed = schema
      .replace('vendor        String?', 'vendor        String')
      .replace('position  Int    @default(0)\n  width', 'position  BigInt @default(0)\n  width')
      .replace('enum StoreKind {\n  STORE\n', 'enum StoreKind {\n  STORE\n  KIOSK\n')
      .replace(/(cart\s+Cart\s+@relation\(fields: \[cartId\], references: \[id\], onDelete: )Cascade/, '$1Restrict');
    expect(driftOf(changed, database)).toEqual(expect.arrayContaining([
      'products.vendor: NOT NULL in schema.prisma but nullable in the database',
      'product_images.position: type is int8 in schema.prisma but int4 in the database',
      'enum value StoreKind.KIOSK is in schema.prisma but not in the database',
      'cart_items: foreign key (cart_id) REFERENCES carts (id) ON DELETE RESTRICT is in schema.prisma but not in the database',
    ]));
  });

  it('drift is reported: a table that only the database has', () => {
    const withoutSettings = schema.replace(/model Setting \{[^}]*\}/, '');
    expect(driftOf(withoutSettings, database)).toEqual(['table settings is in the database but not in schema.prisma']);
  });
});

// What Prisma's schema cannot say lives in the migrations only; these show it is there.
describe('rules that only the migrations state', () => {
  it('stock can never go below zero nor be reserved beyond what is on hand', async () => {
    const store = await createStore();
    const product = await createProduct({ stock: { [store.id]: 2 } });
    const where = { variantId_storeId: { variantId: product.variants[0].id, storeId: store.id } };
    await expect(prisma.stockLevel.update({ where, data: { reserved: 3 } })).rejects.toThrow(/stock_levels_reserved_within_on_hand/);
    await expect(prisma.stockLevel.update({ where, data: { onHand: -1 } })).rejects.toThrow(/stock_levels_on_hand_nonnegative/);
    await expect(prisma.stockLevel.update({ where, data: { reserved: 2 } })).resolves.toMatchObject({ onHand: 2, reserved: 2 });
  });

  it('VAT rates are Finnish ones only', async () => {
    await expect(createProduct({ variants: [{ vatRateBp: 2400 as 2550 }] })).rejects.toThrow(/product_variants_vat_rate/);
  });

  it('one active registration per e-mail and event; a cancelled one does not count', async () => {
    const store = await createStore();
    const event = await prisma.event.create({
      data: { storeId: store.id, startsAt: new Date(Date.now() + 86_400_000), endsAt: new Date(Date.now() + 90_000_000), capacity: 10 },
    });
    const register = (token: string, status: 'CONFIRMED' | 'CANCELLED' = 'CONFIRMED') =>
      prisma.eventRegistration.create({ data: { eventId: event.id, name: 'Aino', email: 'aino@example.com', cancelTokenHash: token, status } });
    await register('a', 'CANCELLED');
    await register('b');
    await expect(register('c')).rejects.toThrow(/event_registrations_event_id_email_active_key|Unique constraint/);
  });

  it('order numbers come from a sequence', async () => {
    const [first, second] = await Promise.all(
      [1, 2].map(() =>
        prisma.order.create({
          data: { fulfilment: 'DELIVERY', email: 'aino@example.com', name: 'Aino', subtotalCents: 0, vatCents: 0, totalCents: 0 },
        }),
      ),
    );
    expect(first.number).toBeGreaterThan(10_000);
    expect(Math.abs(second.number - first.number)).toBe(1);
  });
});
