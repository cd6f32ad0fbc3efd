'use client';

import { useTranslations } from 'next-intl';
import { updateProfileAction } from '@/lib/actions/update-profile';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';

export function ProfileForm({ name, locale }: { name: string; locale: 'fi' | 'en' }) {
  const t = useTranslations('account.profile');
  const tLanguages = useTranslations('auth.languages');
  const { state, pending, onSubmit, errors } = useServerForm(updateProfileAction);
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <FormField label={t('name')} error={errors.name} required>
        {(field) => <Input {...field} name="name" autoComplete="name" defaultValue={name} />}
      </FormField>
      <FormField label={t('locale')} hint={t('localeHint')} error={errors.locale}>
        {(field) => (
          <Select {...field} name="locale" defaultValue={locale}>
            <option value="fi">{tLanguages('fi')}</option>
            <option value="en">{tLanguages('en')}</option>
          </Select>
        )}
      </FormField>
      <ServerFormStatus state={state} />
      <Button type="submit" loading={pending}>
        {t('submit')}
      </Button>
    </form>
  );
}
