import { useTranslations } from 'next-intl';
import { EDITABLE_CONTENT_TYPES } from '@/lib/content/content-schemas';
import { CONTENT_STATUSES, type AdminContentFilters } from '@/lib/content/list-admin-content';
import { Button, ButtonLink } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Select } from '@/components/ui/select';

/** Type and status filters of the content list: a GET form, so the result can be bookmarked. */
export function ContentFilters({ filters }: { filters: AdminContentFilters }) {
  const t = useTranslations('adminContent.filters');
  const tType = useTranslations('adminContent.types');
  const tStatus = useTranslations('adminContent.statuses');
  return (
    <form method="get" role="search" aria-label={t('label')} className="grid gap-3 rounded-xl border border-stone-200 bg-white p-4 sm:grid-cols-3">
      <FormField label={t('type')}>
        {(field) => (
          <Select {...field} name="type" defaultValue={filters.type ?? ''}>
            <option value="">{t('all')}</option>
            {EDITABLE_CONTENT_TYPES.map((type) => (
              <option key={type} value={type}>
                {tType(type)}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField label={t('status')}>
        {(field) => (
          <Select {...field} name="status" defaultValue={filters.status ?? ''}>
            <option value="">{t('all')}</option>
            {CONTENT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {tStatus(status)}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <div className="flex items-end gap-2">
        <Button type="submit">{t('apply')}</Button>
        <ButtonLink href="/admin/content" variant="ghost">
          {t('clear')}
        </ButtonLink>
      </div>
    </form>
  );
}
