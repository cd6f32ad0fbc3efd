'use server';

import { getTranslations } from 'next-intl/server';
import { headers } from 'next/headers';
import { clientIp } from '@/lib/auth/client-ip';
import { isAppError } from '@/lib/errors';
import { formFields, invalidInput, type FormState } from '@/lib/forms/form-state';
import { sendOutboxSoon } from '@/lib/jobs/send-outbox-soon';
import { ORDER_LINK_DAYS } from '@/lib/orders/order-link-token';
import { orderLookupSchema } from '@/lib/orders/order-lookup-schema';
import { requestOrderLink } from '@/lib/orders/request-order-link';

/**
 * Guest order lookup: e-mails a link to the order when the address and number match. The answer
 * is the same whether they matched or not, so the form tells nobody which orders exist.
 */
export async function lookupOrderAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = orderLookupSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  const t = await getTranslations('orders.lookup');
  try {
    const emailId = await requestOrderLink(parsed.data, { ip: clientIp(await headers()) });
    if (emailId) await sendOutboxSoon([emailId]);
  } catch (error) {
    if (isAppError(error, 'RATE_LIMITED')) return { status: 'error', message: t('rateLimited') };
    throw error;
  }
  return { status: 'ok', message: t('sent', { email: parsed.data.email, days: ORDER_LINK_DAYS }) };
}
