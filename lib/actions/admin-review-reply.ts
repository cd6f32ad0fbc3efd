'use server';

import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { requireOwner } from '@/lib/auth/require';
import { revalidateProducts } from '@/lib/catalog/revalidate-catalog';
import { failedAction, formFields, invalidInput, type FormState } from '@/lib/forms/form-state';
import { replyToReview } from '@/lib/reviews/reply-to-review';
import { replyReviewSchema } from '@/lib/reviews/review-schemas';

/** The owner's public reply to a review (fields: reviewId, reply; empty removes it). */
export async function replyToReviewAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const owner = await requireOwner('/admin/reviews');
  const parsed = replyReviewSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const { productId } = await replyToReview(parsed.data, owner);
    await revalidateProducts([productId]);
    revalidatePath('/[locale]/(backoffice)/admin/reviews', 'page');
    const t = await getTranslations('reviews.admin.done');
    return { status: 'ok', message: parsed.data.reply ? t('replied') : t('replyRemoved') };
  } catch (error) {
    return failedAction(error);
  }
}
