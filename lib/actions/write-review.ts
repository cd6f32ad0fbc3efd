'use server';

import { getTranslations } from 'next-intl/server';
import { requireUser } from '@/lib/auth/require';
import { failedAction, formFields, invalidInput, type FormState } from '@/lib/forms/form-state';
import { writeReviewSchema } from '@/lib/reviews/review-schemas';
import { writeReview } from '@/lib/reviews/write-review';

/** A verified buyer's review of a product (fields: productId, rating, text); waits for the owner. */
export async function writeReviewAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser('/account/orders');
  const parsed = writeReviewSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await writeReview(parsed.data, user);
    // No revalidation: the form turns into its thanks (a re-rendered order page would replace
    // the form before the buyer reads it); the order page is rendered per request anyway.
    const t = await getTranslations('reviews.write');
    return { status: 'ok', message: t('thanks') };
  } catch (error) {
    return failedAction(error);
  }
}
