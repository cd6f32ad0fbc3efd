import { z } from 'zod';

// The pickup forms' fields (hidden inputs: the ids come from the page, never typed by staff).

const id = z.uuid({ error: 'storePickups.errors.badRequest' });

export const pickupOrderSchema = z.object({ storeId: id, orderId: id });

export const pickupLineSchema = pickupOrderSchema.extend({ lineId: id });

export const pickupLinePickedSchema = pickupLineSchema.extend({
  picked: z.enum(['true', 'false'], { error: 'storePickups.errors.badRequest' }).transform((value) => value === 'true'),
});

export const pickupCancelOrderSchema = pickupOrderSchema.extend({
  reason: z.enum(['missing_items', 'uncollected'], { error: 'storePickups.errors.badRequest' }),
});

export const pickupTransferSchema = z.object({ storeId: id, transferId: id });
