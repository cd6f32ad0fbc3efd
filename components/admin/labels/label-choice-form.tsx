import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';

/** Which products get labels: a search and/or a whole category. A GET form, so a sheet can be bookmarked. */
export function LabelChoiceForm({ q, categoryId, categories }: { q: string; categoryId: string | null; categories: { id: string; label: string }[] }) {
  const t = useTranslations('adminLabels.choose');
  return (
    <form method="get" role="search" aria-label={t('label')} className="grid gap-3 rounded-xl border border-stone-200 bg-white p-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end print:hidden">
      <FormField label={t('q')} hint={t('qHint')}>
        {(field) => <Input {...field} type="search" name="q" defaultValue={q} />}
      </FormField>
      <FormField label={t('category')} hint={t('categoryHint')}>
        {(field) => (
          <Select {...field} name="category" defaultValue={categoryId ?? ''}>
            <option value="">{t('all')}</option>
            {categories.map((category) => (
              <option key={category.id} value={category.id}>
                {category.label}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <Button type="submit" className="sm:mb-6">
        {t('show')}
      </Button>
    </form>
  );
}
