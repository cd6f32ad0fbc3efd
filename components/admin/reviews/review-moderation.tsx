'use client';

import { useTranslations } from 'next-intl';
import { useRef } from 'react';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import { moderateReviewAction } from '@/lib/actions/admin-review-moderate';

type Decision = 'PUBLISHED' | 'HIDDEN';

/**
 * Publish / hide one review. One form for both buttons, so that the answer ("published") stays
 * on screen when the list is renewed and the button pressed gives way to the other one.
 */
export function ReviewModeration({ reviewId, status }: { reviewId: string; status: 'PENDING' | Decision }) {
  const t = useTranslations('reviews.admin');
  const decision = useRef<Decision>('PUBLISHED');
  const { state, pending, onSubmit } = useServerForm(moderateReviewAction, (data) => data.set('decision', decision.current));
  return (
    <div>
      <form onSubmit={onSubmit} className="flex flex-wrap gap-2">
        <input type="hidden" name="reviewId" value={reviewId} />
        {status !== 'PUBLISHED' ? (
          <Button type="submit" size="sm" loading={pending} onClick={() => (decision.current = 'PUBLISHED')}>
            {t('publish')}
          </Button>
        ) : null}
        {status !== 'HIDDEN' ? (
          <Button type="submit" size="sm" variant="secondary" loading={pending} onClick={() => (decision.current = 'HIDDEN')}>
            {t('hide')}
          </Button>
        ) : null}
      </form>
      <ServerFormStatus state={state} />
    </div>
  );
}
