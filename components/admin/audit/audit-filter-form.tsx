import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { AUDIT_GROUP_KEYS, type AuditFilters } from '@/lib/admin/audit/audit-filters';
import type { AuditFilterOptions } from '@/lib/admin/audit/list-audit-filter-options';

/** The filters as a GET form: the filtered list has its own URL (bookmarkable, back button works). */
export function AuditFilterForm({ filters, options }: { filters: AuditFilters; options: AuditFilterOptions }) {
  const t = useTranslations('adminAudit');
  return (
    <form method="get" className="rounded-xl border border-stone-200 bg-white p-4">
      <fieldset>
        <legend className="sr-only">{t('filters.legend')}</legend>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
          <FormField label={t('filters.group')}>
            {(field) => (
              <Select {...field} name="group" defaultValue={filters.group ?? ''}>
                <option value="">{t('filters.anyGroup')}</option>
                {AUDIT_GROUP_KEYS.map((group) => (
                  <option key={group} value={group}>
                    {t(`groups.${group}`)}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
          <FormField label={t('filters.actor')}>
            {(field) => (
              <Select {...field} name="actor" defaultValue={filters.actorId ?? ''}>
                <option value="">{t('filters.anyActor')}</option>
                {options.actors.map((actor) => (
                  <option key={actor.id} value={actor.id}>
                    {actor.name ? `${actor.name} (${actor.email})` : actor.email}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
          <FormField label={t('filters.entity')}>
            {(field) => (
              <Select {...field} name="entity" defaultValue={filters.entityType ?? ''}>
                <option value="">{t('filters.anyEntity')}</option>
                {options.entityTypes.map((type) => (
                  <option key={type} value={type}>
                    {type}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
          <FormField label={t('filters.from')}>{(field) => <Input {...field} type="date" name="from" defaultValue={filters.from ?? ''} />}</FormField>
          <FormField label={t('filters.to')}>{(field) => <Input {...field} type="date" name="to" defaultValue={filters.to ?? ''} />}</FormField>
        </div>
      </fieldset>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <Button type="submit">{t('filters.apply')}</Button>
        <Link href="/admin/audit" className="inline-flex min-h-11 items-center text-brand-800 underline underline-offset-2">
          {t('filters.clear')}
        </Link>
      </div>
    </form>
  );
}
