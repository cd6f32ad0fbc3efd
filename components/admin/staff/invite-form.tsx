'use client';

import { useLocale, useTranslations } from 'next-intl';
import { inviteStaffAction } from '@/lib/actions/admin-staff-invite';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { StoreChoices } from './store-choices';

type Store = { id: string; name: string; city: string | null };

/** Invite a staff member: name, e-mail, the invitation's language and the stores they work in. */
export function InviteForm({ stores }: { stores: readonly Store[] }) {
  const t = useTranslations('adminStores.staff.invite');
  const locale = useLocale();
  const { state, pending, onSubmit, errors } = useServerForm(inviteStaffAction);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormField label={t('name')} error={errors.name} required>
        {(field) => <Input {...field} name="name" autoComplete="off" maxLength={100} />}
      </FormField>
      <FormField label={t('email')} hint={t('emailHint')} error={errors.email} required>
        {(field) => <Input {...field} name="email" type="email" autoComplete="off" inputMode="email" />}
      </FormField>
      <FormField label={t('locale')} error={errors.locale} required>
        {(field) => (
          <Select {...field} name="locale" defaultValue={locale} className="max-w-64">
            <option value="fi">{t('locales.fi')}</option>
            <option value="en">{t('locales.en')}</option>
          </Select>
        )}
      </FormField>
      <StoreChoices stores={stores} checked={stores.length === 1 ? [stores[0].id] : []} legend={t('stores')} hint={t('storesHint')} error={errors.storeIds} />
      <ServerFormStatus state={state} />
      <div>
        <Button type="submit" loading={pending}>
          {t('submit')}
        </Button>
      </div>
    </form>
  );
}
