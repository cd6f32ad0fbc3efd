'use server';

import { getLocale } from 'next-intl/server';
import { z } from 'zod';
import { getPathname } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { getSessionUser } from '@/lib/auth/session';
import { failedAction, formFields, invalidInput, type FormState } from '@/lib/forms/form-state';
import { sendOutboxSoon } from '@/lib/jobs/send-outbox-soon';
import { requestReturn, type RequestedReturn } from '@/lib/returns/request-return';
import { requestReturnField, requestReturnFields } from '@/lib/returns/request-return-fields';
import { requestReturnSchema } from '@/lib/returns/request-return-schema';

/**
 * The shopper's "return items" form (from the account or the guest order page). Who may return
 * what is decided by requestReturn: the order's customer, or the holder of the order's link
 * (the form carries the link's secret). On success the browser goes to the return's page with
 * its QR (FormState.redirectTo).
 */
export async function requestReturnAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = requestReturnSchema.safeParse(requestReturnFields(formFields(formData)));
  if (!parsed.success) {
    return invalidInput(new z.ZodError(parsed.error.issues.map((issue) => ({ ...issue, path: [requestReturnField(issue.path)] }))));
  }
  const [locale, user] = await Promise.all([getLocale() as Promise<AppLocale>, getSessionUser()]);
  const { token, ...input } = parsed.data;

  let requested: RequestedReturn;
  try {
    requested = await requestReturn(input, { userId: user?.id ?? null, token });
  } catch (error) {
    return failedAction(error);
  }
  await sendOutboxSoon(requested.emailIds);

  // The order pages read fresh data on every request: nothing cached to revalidate.
  const returnPage = token
    ? `/order/${requested.orderNumber}/return/${requested.number}?token=${encodeURIComponent(token)}`
    : `/account/orders/${requested.orderNumber}/return/${requested.number}`;
  return { status: 'ok', redirectTo: getPathname({ href: returnPage, locale }) };
}
