import { describe, expect, it } from 'vitest';
import { isPickupTab } from '@/lib/pickups/pickup-tabs';
import { promisedAt, transferInTransit } from '@/lib/pickups/promised-at';

const placedAt = new Date('2026-03-10T10:00:00Z');

describe('the time promised for a pickup', () => {
  it("is the store's preparation time after the order for goods in the store", () => {
    expect(promisedAt({ placedAt, preparationMinutes: 60, transfers: [] })).toEqual(new Date('2026-03-10T11:00:00Z'));
  });

  it('is the latest promised transfer day while goods are on their way, and preparation after they arrive', () => {
    expect(promisedAt({ placedAt, preparationMinutes: 60, transfers: [{ status: 'IN_TRANSIT', receivedAt: null }] })).toEqual(new Date('2026-03-13T10:00:00Z'));
    const receivedAt = new Date('2026-03-12T08:00:00Z');
    expect(promisedAt({ placedAt, preparationMinutes: 30, transfers: [{ status: 'RECEIVED', receivedAt }] })).toEqual(new Date('2026-03-12T08:30:00Z'));
    expect(promisedAt({ placedAt, preparationMinutes: 60, transfers: [{ status: 'CANCELLED', receivedAt: null }] })).toEqual(new Date('2026-03-10T11:00:00Z'));
  });

  it('says goods are in transit only while a transfer is requested or on its way', () => {
    expect(transferInTransit([{ status: 'REQUESTED' }])).toBe(true);
    expect(transferInTransit([{ status: 'RECEIVED' }, { status: 'CANCELLED' }])).toBe(false);
  });

  it('knows the queue tabs', () => {
    expect(isPickupTab('overdue')).toBe(true);
    expect(isPickupTab('everything')).toBe(false);
  });
});
