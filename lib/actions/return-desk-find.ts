'use server';

import { getLocale, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { redirect } from '@/i18n/navigation';
import { formFields, invalidInput, type FormState } from '@/lib/forms/form-state';
import { deskReturnPath, deskSearchPath, deskWalkInPath } from '@/lib/returns/desk-paths';
import { findDeskMatches } from '@/lib/returns/find-desk-matches';
import { requireStoreStaff } from '@/lib/stores/require-store-staff';

const findSchema = z.object({
  storeId: z.uuid({ error: 'storeReturns.errors.linesInvalid' }),
  query: z.string({ error: 'storeReturns.search.empty' }).trim().min(1, { error: 'storeReturns.search.empty' }).max(200),
});

/**
 * The desk's search (fields: storeId, query: a return QR/number, an order number or an e-mail).
 * One match opens it; several open the list to choose from; none says so and changes nothing.
 */
export async function findReturnDeskAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = findSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  const { store } = await requireStoreStaff({ id: parsed.data.storeId });
  const { query } = parsed.data;
  const matches = await findDeskMatches(query);
  if (matches.length === 0) {
    const t = await getTranslations('storeReturns.search');
    return { status: 'error', message: t('notFound', { query }) };
  }
  const locale = await getLocale();
  if (matches.length > 1) return redirect({ href: deskSearchPath(store.slug, query), locale });
  const [match] = matches;
  const href = match.kind === 'return' ? deskReturnPath(store.slug, match.number) : deskWalkInPath(store.slug, match.number);
  return redirect({ href, locale });
}
