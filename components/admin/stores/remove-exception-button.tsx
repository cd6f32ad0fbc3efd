'use client';

import { useTranslations } from 'next-intl';
import { removeStoreExceptionAction } from '@/lib/actions/admin-store-exception-remove';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';

/** Removes one exceptional day; its date names the button for screen readers. */
export function RemoveExceptionButton({ storeId, exceptionId, dateLabel }: { storeId: string; exceptionId: string; dateLabel: string }) {
  const t = useTranslations('adminStores.exceptions');
  const { state, pending, onSubmit } = useServerForm(removeStoreExceptionAction);
  return (
    <form onSubmit={onSubmit}>
      <input type="hidden" name="storeId" value={storeId} />
      <input type="hidden" name="exceptionId" value={exceptionId} />
      <Button type="submit" variant="secondary" size="sm" loading={pending} aria-label={t('removeLabel', { date: dateLabel })}>
        {t('remove')}
      </Button>
      {state.status === 'error' ? <p role="alert" className="mt-1 text-sm text-red-700">{state.message}</p> : null}
    </form>
  );
}
