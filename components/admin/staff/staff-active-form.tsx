'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { setStaffActiveAction } from '@/lib/actions/admin-staff-set-active';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';

/** Deactivate (after a confirmation) or reactivate a staff member. */
export function StaffActiveForm({ userId, name, active }: { userId: string; name: string; active: boolean }) {
  const t = useTranslations('adminStores.staff.member');
  const { state, pending, onSubmit } = useServerForm(setStaffActiveAction);
  const [confirming, setConfirming] = useState(false);
  const form = (
    <form
      onSubmit={(event) => {
        setConfirming(false);
        onSubmit(event);
      }}
    >
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="active" value={active ? 'false' : 'true'} />
      <Button type="submit" variant={active ? 'danger' : 'primary'} loading={pending}>
        {active ? t('deactivateConfirm') : t('reactivate')}
      </Button>
    </form>
  );
  return (
    <div className="mt-3 flex flex-col gap-3">
      {active ? (
        <>
          <div>
            <Button variant="danger" onClick={() => setConfirming(true)} loading={pending}>
              {t('deactivate')}
            </Button>
          </div>
          <Dialog
            open={confirming}
            onClose={() => setConfirming(false)}
            title={t('deactivateTitle', { name })}
            description={t('deactivateText')}
            footer={
              <>
                <Button variant="secondary" onClick={() => setConfirming(false)}>
                  {t('cancel')}
                </Button>
                {form}
              </>
            }
          />
        </>
      ) : (
        <div>{form}</div>
      )}
      <ServerFormStatus state={state} />
    </div>
  );
}
