'use client';

import { useTranslations } from 'next-intl';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Textarea } from '@/components/ui/textarea';
import { replyToReviewAction } from '@/lib/actions/admin-review-reply';

/** The owner's public reply to one review (plain text; empty removes it). */
export function ReviewReplyForm({ reviewId, reply }: { reviewId: string; reply: string | null }) {
  const t = useTranslations('reviews.admin');
  const { state, pending, onSubmit, errors } = useServerForm(replyToReviewAction);
  return (
    <div>
      <form onSubmit={onSubmit} className="flex flex-col gap-2" noValidate>
        <input type="hidden" name="reviewId" value={reviewId} />
        <FormField label={t('reply')} error={errors.reply}>
          {(field) => <Textarea {...field} name="reply" rows={2} maxLength={2000} defaultValue={reply ?? ''} />}
        </FormField>
        <div>
          <Button type="submit" variant="secondary" size="sm" loading={pending}>
            {t('saveReply')}
          </Button>
        </div>
      </form>
      <ServerFormStatus state={state} />
    </div>
  );
}
