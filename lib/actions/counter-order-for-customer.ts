'use server';

import { getLocale } from 'next-intl/server';
import { fulfilmentOf } from '@/lib/checkout/checkout-schema';
import { customerOrderSchema } from '@/lib/counter/customer-order-schema';
import { orderForCustomer } from '@/lib/counter/order-for-customer';
import { sendPaymentLink } from '@/lib/counter/send-payment-link';
import { failedAction, invalidInput, type FormState } from '@/lib/forms/form-state';
import { sendOutboxSoon } from '@/lib/jobs/send-outbox-soon';
import { callOffUnstartedPayment } from '@/lib/payments/call-off-unstarted-payment';
import { requireStoreStaff } from '@/lib/stores/require-store-staff';

export type CustomerOrderResult = FormState & { order?: { number: number; totalCents: number; changeCents: number; status: 'PAID' | 'PENDING_PAYMENT'; linkSent: boolean } };

/**
 * Staff order for the customer at the counter (home delivery, a parcel locker, or pickup here or
 * at another store), paid now or through a link by e-mail: staff of that store (or the owner).
 */
export async function counterOrderForCustomerAction(request: unknown): Promise<CustomerOrderResult> {
  const parsed = customerOrderSchema.safeParse(request);
  if (!parsed.success) return invalidInput(parsed.error);
  const data = parsed.data;
  const { user } = await requireStoreStaff({ id: data.storeId });
  const locale = (await getLocale()) === 'en' ? 'en' : 'fi';
  try {
    const placed = await orderForCustomer(
      {
        storeId: data.storeId,
        tillKey: data.tillKey,
        lines: data.lines,
        customerId: data.customerId,
        contact: { email: data.email, name: data.name, phone: data.phone ?? null },
        fulfilment: fulfilmentOf(data),
        payment: data.payment,
        locale,
      },
      user,
    );
    const emailIds = [...placed.emailIds];
    let linkSent = false;
    if (placed.status === 'PENDING_PAYMENT' && placed.created) {
      // Without a payment page nobody can pay it: called off at once, its stock free again.
      emailIds.push(await sendPaymentLink(placed.orderId, data.storeId).catch(async (error: unknown) => {
        await callOffUnstartedPayment(placed.orderId);
        throw error;
      }));
      linkSent = true;
    }
    await sendOutboxSoon(emailIds);
    return { status: 'ok', order: { number: placed.number, totalCents: placed.totalCents, changeCents: placed.changeCents, status: placed.status, linkSent } };
  } catch (error) {
    return failedAction(error);
  }
}
