'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Textarea } from '@/components/ui/textarea';
import { writeReviewAction } from '@/lib/actions/write-review';

/** "Write a review" of one product of a fulfilled order: stars (1-5) and plain text. */
export function ReviewForm({ productId, productName }: { productId: string; productName: string }) {
  const t = useTranslations('reviews.write');
  const { state, pending, onSubmit, errors } = useServerForm(writeReviewAction);
  const legendId = useId();
  const ratingErrorId = useId();
  if (state.status === 'ok') return <ServerFormStatus state={state} />;
  return (
    <div>
      <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate aria-label={t('formLabel', { product: productName })}>
        <input type="hidden" name="productId" value={productId} />
        <fieldset aria-describedby={errors.rating ? ratingErrorId : undefined}>
          <legend id={legendId} className="font-medium text-stone-900">
            {t('rating')}
          </legend>
          <div className="mt-1 flex flex-wrap gap-2">
            {[1, 2, 3, 4, 5].map((value) => (
              <label key={value} className="inline-flex min-h-11 cursor-pointer items-center gap-1.5 rounded-md border border-stone-300 px-3">
                <input type="radio" name="rating" value={value} required />
                <span>{t('stars', { count: value })}</span>
              </label>
            ))}
          </div>
          {errors.rating ? (
            <p id={ratingErrorId} className="mt-1 text-sm text-red-700">
              {errors.rating}
            </p>
          ) : null}
        </fieldset>
        <FormField label={t('text')} hint={t('textHint')} error={errors.text} required>
          {(field) => <Textarea {...field} name="text" rows={4} maxLength={2000} />}
        </FormField>
        <div>
          <Button type="submit" loading={pending}>
            {t('submit')}
          </Button>
        </div>
      </form>
      <ServerFormStatus state={state} />
    </div>
  );
}
