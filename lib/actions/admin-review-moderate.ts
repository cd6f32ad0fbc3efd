'use server';

import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { requireOwner } from '@/lib/auth/require';
import { revalidateProducts } from '@/lib/catalog/revalidate-catalog';
import { failedAction, formFields, invalidInput, type FormState } from '@/lib/forms/form-state';
import { moderateReview } from '@/lib/reviews/moderate-review';
import { moderateReviewSchema } from '@/lib/reviews/review-schemas';

/** The owner publishes or hides a review (fields: reviewId, decision); the product page is renewed. */
export async function moderateReviewAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const owner = await requireOwner('/admin/reviews');
  const parsed = moderateReviewSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const { productId } = await moderateReview(parsed.data, owner);
    await revalidateProducts([productId]);
    revalidatePath('/[locale]/(backoffice)/admin/reviews', 'page');
    const t = await getTranslations('reviews.admin.done');
    return { status: 'ok', message: parsed.data.decision === 'PUBLISHED' ? t('published') : t('hidden') };
  } catch (error) {
    return failedAction(error);
  }
}
