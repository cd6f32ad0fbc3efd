'use client';

import { useTranslations } from 'next-intl';
import { inviteStaffAction } from '@/lib/actions/admin-staff-invite';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';

/** Sends an invited person a new link (the old one stops working); their stores stay as they are. */
export function ResendInvitationForm({ name, email, locale }: { name: string; email: string; locale: 'fi' | 'en' }) {
  const t = useTranslations('adminStores.staff.member');
  const { state, pending, onSubmit } = useServerForm(inviteStaffAction);
  return (
    <form onSubmit={onSubmit} className="mt-3 flex flex-col gap-3">
      <input type="hidden" name="name" value={name} />
      <input type="hidden" name="email" value={email} />
      <input type="hidden" name="locale" value={locale} />
      <div>
        <Button type="submit" variant="secondary" loading={pending}>
          {t('resend')}
        </Button>
      </div>
      <ServerFormStatus state={state} />
    </form>
  );
}
