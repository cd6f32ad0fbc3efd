'use client';

import { useTranslations } from 'next-intl';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import { retryReturnRefundAction } from '@/lib/actions/return-desk-retry-refund';

/** "Retry the refund" for a refund that did not go through. */
export function RetryRefundButton({ storeId, refundId }: { storeId: string; refundId: string }) {
  const t = useTranslations('storeReturns.retry');
  const { state, pending, onSubmit } = useServerForm(retryReturnRefundAction);
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-2">
      <input type="hidden" name="storeId" value={storeId} />
      <input type="hidden" name="refundId" value={refundId} />
      <Button type="submit" variant="secondary" loading={pending}>
        {t('submit')}
      </Button>
      <ServerFormStatus state={state} />
    </form>
  );
}
