import 'server-only';
import { prisma } from '@/lib/db';
import { getShopSettings } from '@/lib/settings/get-shop-settings';
import { getReturnAddress } from './get-return-address';
import { loadReturnableLines } from './returnable-lines';
import { mayRequestReturn, type ReturnViewer } from './request-return-access';
import { RETURN_DROP_OFF_STORES } from '@/lib/stores/takes-returns';

export type RequestReturnOptions = NonNullable<Awaited<ReturnType<typeof getRequestReturnOptions>>>;

/**
 * What the "return items" form offers for one order: each line with how many can still be
 * announced for return, the stores that take returns (the pickup store first choice when it does),
 * and the address for returns by mail. Null for an order the viewer may not see, as for one that
 * does not exist.
 */
export async function getRequestReturnOptions(number: number, viewer: ReturnViewer, now: Date = new Date()) {
  if (!Number.isSafeInteger(number) || number < 1 || number > 2_147_483_647) return null;
  const order = await prisma.order.findUnique({ where: { number }, select: { id: true, customerId: true, accessTokenHash: true, accessLinkExpiresAt: true } });
  if (!order || !mayRequestReturn(order, viewer)) return null;

  const [returnable, stores, mailAddress, settings] = await Promise.all([
    loadReturnableLines(prisma, order.id, now),
    prisma.store.findMany({
      where: RETURN_DROP_OFF_STORES,
      orderBy: [{ position: 'asc' }, { name: 'asc' }],
      select: { id: true, name: true, street: true, postalCode: true, city: true },
    }),
    getReturnAddress(),
    getShopSettings(),
  ]);
  const lines = returnable.lines.map((line) => ({ ...line, availableQuantity: Math.max(0, line.returnableQuantity - line.requestedQuantity) }));
  const pickupStore = stores.find((store) => store.id === returnable.order.pickupStoreId);
  return {
    order: returnable.order,
    windowEndsAt: returnable.windowEndsAt,
    withinWindow: returnable.withinWindow,
    refusal: returnable.refusal,
    lines,
    /** Something can be announced for return right now. */
    canRequest: returnable.withinWindow && lines.some((line) => line.availableQuantity > 0),
    stores,
    defaultStoreId: pickupStore?.id ?? stores[0]?.id ?? null,
    mailAddress,
    contactEmail: settings.contact.email,
  };
}
