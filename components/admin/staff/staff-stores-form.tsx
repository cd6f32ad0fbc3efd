'use client';

import { useTranslations } from 'next-intl';
import { setStaffStoresAction } from '@/lib/actions/admin-staff-set-stores';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import { StoreChoices } from './store-choices';

type Store = { id: string; name: string; city: string | null };

/** The stores a staff member works in: checked ones are assigned, the rest unassigned. */
export function StaffStoresForm({ userId, stores, assigned }: { userId: string; stores: readonly Store[]; assigned: readonly string[] }) {
  const t = useTranslations('adminStores.staff.member');
  const { state, pending, onSubmit, errors } = useServerForm(setStaffStoresAction);
  return (
    <form onSubmit={onSubmit} noValidate className="mt-3 flex flex-col gap-4">
      <input type="hidden" name="userId" value={userId} />
      <StoreChoices stores={stores} checked={assigned} legend={t('storesLegend')} hint={t('storesHint')} error={errors.storeIds} />
      <ServerFormStatus state={state} />
      <div>
        <Button type="submit" loading={pending}>
          {t('saveStores')}
        </Button>
      </div>
    </form>
  );
}
