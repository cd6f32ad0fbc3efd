'use server';

import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
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
    revalidatePath('/[locale]/(shop)/account/orders', 'layout');
    const t = await getTranslations('reviews.write');
    return { status: 'ok', message: t('thanks') };
  } catch (error) {
    return failedAction(error);
  }
}
