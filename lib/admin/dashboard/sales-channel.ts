import { Prisma } from '@/lib/generated/prisma/client';

// The dashboard's sales channels, from an order's channel and fulfilment:
// - store: sold in a store (channel STORE);
// - clickCollect: ordered online (web or kiosk), picked up in a store (fulfilment PICKUP);
// - webDelivery: ordered online, delivered home or to a parcel locker.
export const SALES_CHANNELS = ['webDelivery', 'clickCollect', 'store'] as const;
export type SalesChannel = (typeof SALES_CHANNELS)[number];

/** The channel of the order aliased `o`, as SQL. */
export const salesChannelSql = Prisma.sql`CASE WHEN o.channel = 'STORE' THEN 'store' WHEN o.fulfilment = 'PICKUP' THEN 'clickCollect' ELSE 'webDelivery' END`;
