import { describe, expect, it } from 'vitest';
import { returnWindow } from '@/lib/returns/return-window';

const now = new Date('2026-11-24T12:00:00Z');
const day = 24 * 3600 * 1000;
const ago = (days: number) => new Date(now.getTime() - days * day);

describe('returnWindow', () => {
  it('runs windowDays from the pickup, the last moment included', () => {
    const fulfilledAt = ago(30);
    const window = returnWindow({ status: 'FULFILLED', fulfilment: 'PICKUP', fulfilledAt, paidAt: ago(40) }, 30, now);
    expect(window).toEqual({ startsAt: fulfilledAt, endsAt: now, withinWindow: true });
    expect(returnWindow({ status: 'FULFILLED', fulfilment: 'PICKUP', fulfilledAt, paidAt: null }, 30, new Date(now.getTime() + 1)).withinWindow).toBe(false);
  });

  it('has no window for a pickup order not handed over, or an order that never went out', () => {
    for (const status of ['PAID', 'PAY_AT_PICKUP', 'PENDING_PAYMENT', 'CANCELLED', 'EXPIRED']) {
      expect(returnWindow({ status, fulfilment: 'PICKUP', fulfilledAt: null, paidAt: ago(1) }, 30, now), status).toEqual({
        startsAt: null,
        endsAt: null,
        withinWindow: false,
      });
    }
    expect(returnWindow({ status: 'CANCELLED', fulfilment: 'DELIVERY', fulfilledAt: null, paidAt: ago(1) }, 30, now).startsAt).toBeNull();
  });

  it('counts a paid delivery or parcel-locker order from its payment', () => {
    for (const fulfilment of ['DELIVERY', 'PARCEL_LOCKER']) {
      expect(returnWindow({ status: 'PAID', fulfilment, fulfilledAt: null, paidAt: ago(29) }, 30, now).withinWindow, fulfilment).toBe(true);
      expect(returnWindow({ status: 'PAID', fulfilment, fulfilledAt: null, paidAt: ago(31) }, 30, now).withinWindow, fulfilment).toBe(false);
    }
  });

  it('closes at once with a window of 0 days', () => {
    expect(returnWindow({ status: 'FULFILLED', fulfilment: 'PICKUP', fulfilledAt: ago(1), paidAt: null }, 0, now).withinWindow).toBe(false);
  });
});
