'use server';

import { getLocale } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getPathname } from '@/i18n/navigation';
import { revokeInvitation } from '@/lib/admin/staff/revoke-invitation';
import { requireOwner } from '@/lib/auth/require';
import { failedAction, formFields, invalidInput, type FormState } from '@/lib/forms/form-state';

const schema = z.object({ userId: z.uuid({ error: 'adminStores.staff.errors.badRequest' }) });

/** Cancels a pending staff invitation (field: userId); back to the staff list. */
export async function revokeInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const owner = await requireOwner('/admin/staff');
  const parsed = schema.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await revokeInvitation(parsed.data.userId, owner);
  } catch (error) {
    return failedAction(error);
  }
  revalidatePath('/[locale]/(backoffice)/admin/staff', 'layout');
  const locale = await getLocale();
  return { status: 'ok', redirectTo: getPathname({ href: { pathname: '/admin/staff', query: { done: 'revoked' } }, locale }) };
}
