'use client';

import { useTranslations } from 'next-intl';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import { setStaffPricePermissionAction } from '@/lib/actions/admin-staff-set-price-permission';

/** Whether this staff member may change prices at the till, and the button that turns it over. */
export function StaffPricePermissionForm({ userId, allowed }: { userId: string; allowed: boolean }) {
  const t = useTranslations('adminStores.staff.member');
  const { state, pending, onSubmit } = useServerForm(setStaffPricePermissionAction);
  return (
    <form onSubmit={onSubmit} className="mt-3 flex flex-col gap-3">
      <p className="text-stone-700">{allowed ? t('pricesAllowedText') : t('pricesForbiddenText')}</p>
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="allowed" value={allowed ? 'false' : 'true'} />
      <div>
        <Button type="submit" variant="secondary" loading={pending}>
          {allowed ? t('forbidPrices') : t('allowPrices')}
        </Button>
      </div>
      <ServerFormStatus state={state} />
    </form>
  );
}
