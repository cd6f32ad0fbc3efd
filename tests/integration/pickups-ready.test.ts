import '../support/test-database';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { prisma } from '@/lib/db';
import { isAppError } from '@/lib/errors';
import { cancelStorePickupOrder } from '@/lib/pickups/cancel-store-pickup-order';
import { expireUnreadyPickups } from '@/lib/pickups/expire-unready-pickups';
import { markPickupReady } from '@/lib/pickups/mark-pickup-ready';
import { hashPickupCode } from '@/lib/pickups/pickup-code';
import { sendPickupReminders } from '@/lib/pickups/send-pickup-reminders';
import { setLinePicked } from '@/lib/pickups/set-line-picked';
import { stockLedgerProblems } from '../support/factories/orders';
import { createStore } from '../support/factories/stores';
import { codeIn, createStaff, outboxFor, pickupOrder, product, stockAt, storeWithWarehouse } from './pickups-fixtures';

vi.mock('@/lib/jobs/send-outbox-soon', () => ({ sendOutboxSoon: async () => {} }));

const DAY = 86_400_000;
let storeId: string;
let staffId: string;

beforeAll(async () => {
  const store = await createStore({ pickupDeadlineDays: 7, slug: `jkl-${Date.now()}` });
  storeId = store.id;
  staffId = (await createStaff([storeId])).id;
});

async function pickAll(order: { id: string; lines: { id: string }[] }) {
  for (const line of order.lines) await setLinePicked({ storeId, orderId: order.id, lineId: line.id, picked: true });
}

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!isAppError(error)) throw new Error(`Expected a refusal, got ${String(error)}`);
  return error;
}

describe('picking and "ready for pickup"', () => {
  it('moves the pickup to PICKING at the first pick and to READY with one e-mail carrying the code and its QR', async () => {
    const order = await pickupOrder({ storeId });
    await setLinePicked({ storeId, orderId: order.id, lineId: order.lines[0].id, picked: true });
    expect((await prisma.pickup.findUniqueOrThrow({ where: { orderId: order.id } })).status).toBe('PICKING');

    const now = new Date();
    const result = await markPickupReady({ storeId, orderId: order.id }, staffId, now);
    expect(result.alreadyReady).toBe(false);

    const pickup = await prisma.pickup.findUniqueOrThrow({ where: { orderId: order.id } });
    expect(pickup).toMatchObject({ status: 'READY_FOR_PICKUP', readyAt: now, deadlineAt: new Date(now.getTime() + 7 * DAY) });
    const [email] = await outboxFor('pickup.ready', pickup.id);
    expect(email.toEmail).toBe(order.email);
    expect(hashPickupCode(codeIn(email.text))).toBe(pickup.codeHash);
    expect(email.text).toContain(`${order.number}`);
    expect(email.html).toContain('cid:pickup-qr@digijalka');
    const attachments = email.attachments as { filename: string; contentType: string; contentBase64: string; cid?: string }[];
    expect(attachments).toHaveLength(1);
    expect(attachments[0]).toMatchObject({ contentType: 'image/png', cid: 'pickup-qr@digijalka' });
    expect(Buffer.from(attachments[0].contentBase64, 'base64').subarray(1, 4).toString()).toBe('PNG');

    // A pay-at-pickup order's goods stay held until the pickup deadline.
    const holds = await prisma.reservation.findMany({ where: { orderId: order.id, status: 'ACTIVE' } });
    expect(holds.map((hold) => hold.expiresAt)).toEqual([pickup.deadlineAt]);
  });

  it('sends one e-mail when "ready" is pressed twice, one after the other or at the same moment', async () => {
    const one = await pickupOrder({ storeId });
    await pickAll(one);
    await markPickupReady({ storeId, orderId: one.id }, staffId);
    const again = await markPickupReady({ storeId, orderId: one.id }, staffId);
    expect(again.alreadyReady).toBe(true);
    expect(await prisma.outboxMessage.count({ where: { kind: 'pickup.ready', reference: one.pickup!.id } })).toBe(1);

    const two = await pickupOrder({ storeId });
    await pickAll(two);
    const results = await Promise.all([1, 2, 3].map(() => markPickupReady({ storeId, orderId: two.id }, staffId)));
    expect(results.filter((r) => !r.alreadyReady)).toHaveLength(1);
    const emails = await outboxFor('pickup.ready', two.pickup!.id);
    expect(emails).toHaveLength(1);
    const pickup = await prisma.pickup.findUniqueOrThrow({ where: { orderId: two.id } });
    expect(hashPickupCode(codeIn(emails[0].text))).toBe(pickup.codeHash);
  });

  it('refuses "ready" while lines are unpicked or goods are on their way, and after the order was cancelled', async () => {
    const unpicked = await pickupOrder({ storeId });
    expect((await refusal(markPickupReady({ storeId, orderId: unpicked.id }, staffId))).message).toBe('storePickups.errors.notAllPicked');

    const { store, warehouse } = await storeWithWarehouse();
    const variant = await product(990, { [warehouse.id]: 3 });
    const shipped = await pickupOrder({ storeId: store.id, items: [{ variantId: variant.id, quantity: 1 }] });
    await setLinePicked({ storeId: store.id, orderId: shipped.id, lineId: shipped.lines[0].id, picked: true });
    expect((await refusal(markPickupReady({ storeId: store.id, orderId: shipped.id }, staffId))).message).toBe('storePickups.errors.transferInTransit');

    const cancelled = await pickupOrder({ storeId });
    await pickAll(cancelled);
    await cancelStorePickupOrder({ storeId, orderId: cancelled.id, reason: 'missing_items' }, staffId);
    const error = await refusal(markPickupReady({ storeId, orderId: cancelled.id }, staffId));
    expect(error.code).toBe('INVALID_STATE');
    expect(await prisma.outboxMessage.count({ where: { kind: 'pickup.ready', reference: cancelled.pickup!.id } })).toBe(0);
    // Picking a cancelled order is refused too.
    expect((await refusal(setLinePicked({ storeId, orderId: cancelled.id, lineId: cancelled.lines[0].id, picked: false }))).code).toBe('INVALID_STATE');
  });

  it("does not let another store's staff touch the order (NOT_FOUND, nothing changes)", async () => {
    const other = await createStore();
    const order = await pickupOrder({ storeId });
    expect((await refusal(setLinePicked({ storeId: other.id, orderId: order.id, lineId: order.lines[0].id, picked: true }))).code).toBe('NOT_FOUND');
    expect((await refusal(markPickupReady({ storeId: other.id, orderId: order.id }, staffId))).code).toBe('NOT_FOUND');
    const pickup = await prisma.pickup.findUniqueOrThrow({ where: { orderId: order.id } });
    expect(pickup.status).toBe('PENDING');
    expect((await prisma.orderLine.findFirstOrThrow({ where: { orderId: order.id } })).pickedAt).toBeNull();
  });
});

describe('the reminder job', () => {
  it('reminds once, three days before the deadline, and not again', async () => {
    const order = await pickupOrder({ storeId });
    await pickAll(order);
    const readyAt = new Date();
    await markPickupReady({ storeId, orderId: order.id }, staffId, readyAt);
    const pickupId = order.pickup!.id;

    expect(await sendPickupReminders(new Date(readyAt.getTime() + 3 * DAY))).toEqual([]);
    expect(await outboxFor('pickup.reminder', pickupId)).toHaveLength(0);

    const fourDaysOn = new Date(readyAt.getTime() + 4 * DAY + 60_000);
    const sent = await sendPickupReminders(fourDaysOn);
    const reminders = await outboxFor('pickup.reminder', pickupId);
    expect(reminders).toHaveLength(1);
    expect(sent).toContain(reminders[0].id);
    expect(reminders[0].toEmail).toBe(order.email);
    expect((await prisma.pickup.findUniqueOrThrow({ where: { id: pickupId } })).reminderSentAt).toEqual(fourDaysOn);

    await Promise.all([sendPickupReminders(fourDaysOn), sendPickupReminders(new Date(readyAt.getTime() + 6 * DAY))]);
    expect(await outboxFor('pickup.reminder', pickupId)).toHaveLength(1);
  });
});

describe('the expiry job', () => {
  it('expires a pay-at-pickup order never made ready once its hold has run out, releasing the stock', async () => {
    const variant = await product(1500, { [storeId]: 2 });
    const order = await pickupOrder({ storeId, items: [{ variantId: variant.id, quantity: 2 }] });
    const ready = await pickupOrder({ storeId });
    await pickAll(ready);
    await markPickupReady({ storeId, orderId: ready.id }, staffId);
    expect(await stockAt(variant.id, storeId)).toEqual({ onHand: 2, reserved: 2 });
    const holdEnds = (await prisma.reservation.findFirstOrThrow({ where: { orderId: order.id } })).expiresAt;

    expect(await expireUnreadyPickups(new Date(holdEnds.getTime() - 60_000))).toEqual([]);
    const after = new Date(holdEnds.getTime() + 60_000);
    const emails = await expireUnreadyPickups(after);

    expect((await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe('EXPIRED');
    expect((await prisma.pickup.findUniqueOrThrow({ where: { orderId: order.id } })).status).toBe('EXPIRED');
    expect(await stockAt(variant.id, storeId)).toEqual({ onHand: 2, reserved: 0 });
    const told = await outboxFor('pickup.cancelled', order.id);
    expect(told).toHaveLength(1);
    expect(emails).toContain(told[0].id);
    // A ready order is left to staff, even past its hold.
    expect((await prisma.order.findUniqueOrThrow({ where: { id: ready.id } })).status).toBe('PAY_AT_PICKUP');
    expect(await expireUnreadyPickups(after)).toEqual([]);
    expect(await stockLedgerProblems()).toEqual([]);
  });
});
