'use client';

import { useTranslations } from 'next-intl';
import { revokeInvitationAction } from '@/lib/actions/admin-staff-revoke-invitation';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';

/** Cancels a pending invitation: its link stops working. */
export function RevokeInvitationForm({ userId }: { userId: string }) {
  const t = useTranslations('adminStores.staff.member');
  const { state, pending, onSubmit } = useServerForm(revokeInvitationAction);
  return (
    <form onSubmit={onSubmit} className="mt-3 flex flex-col gap-3">
      <input type="hidden" name="userId" value={userId} />
      <div>
        <Button type="submit" variant="ghost" loading={pending}>
          {t('revoke')}
        </Button>
      </div>
      <ServerFormStatus state={state} />
    </form>
  );
}
