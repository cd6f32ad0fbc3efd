'use client';

import { useTranslations } from 'next-intl';
import { saveAdminProductAction } from '@/lib/actions/admin-product-save';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import { Card, CardTitle } from '@/components/ui/card';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import type { ProductValues } from './editor-values';
import { ImageRows } from './image-rows';
import { VariantRows } from './variant-rows';

type Props = {
  values: ProductValues;
  categories: { id: string; label: string }[];
  vatRates: { value: number; label: string }[];
};

/** Creates or edits a product: texts, classification, pictures and variants, saved together. */
export function ProductEditor({ values, categories, vatRates }: Props) {
  const t = useTranslations('adminProducts.editor');
  const tStatus = useTranslations('adminProducts.statuses');
  const { state, pending, onSubmit, errors } = useServerForm(saveAdminProductAction);
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-6" noValidate>
      {values.id ? <input type="hidden" name="productId" value={values.id} /> : null}
      <Card as="section" aria-labelledby="editor-basics" className="grid gap-4 md:grid-cols-2">
        <CardTitle id="editor-basics" className="md:col-span-2">
          {t('basics')}
        </CardTitle>
        <FormField label={t('nameFi')} error={errors.nameFi} required>
          {(field) => <Input {...field} name="nameFi" defaultValue={values.nameFi} maxLength={200} />}
        </FormField>
        <FormField label={t('nameEn')} error={errors.nameEn} required>
          {(field) => <Input {...field} name="nameEn" defaultValue={values.nameEn} maxLength={200} lang="en" />}
        </FormField>
        <FormField label={t('slug')} hint={t('slugHint')} error={errors.slug} className="md:col-span-2">
          {(field) => <Input {...field} name="slug" defaultValue={values.slug} maxLength={120} spellCheck={false} />}
        </FormField>
        <FormField label={t('descriptionFi')} hint={t('descriptionHint')} error={errors.descriptionFi}>
          {(field) => <Textarea {...field} name="descriptionFi" defaultValue={values.descriptionFi} rows={6} />}
        </FormField>
        <FormField label={t('descriptionEn')} error={errors.descriptionEn}>
          {(field) => <Textarea {...field} name="descriptionEn" defaultValue={values.descriptionEn} rows={6} lang="en" />}
        </FormField>
      </Card>

      <Card as="section" aria-labelledby="editor-sales" className="grid gap-4 md:grid-cols-2">
        <CardTitle id="editor-sales" className="md:col-span-2">
          {t('sales')}
        </CardTitle>
        <FormField label={t('status')} error={errors.status}>
          {(field) => (
            <Select {...field} name="status" defaultValue={values.status}>
              {(['DRAFT', 'ACTIVE', 'ARCHIVED'] as const).map((status) => (
                <option key={status} value={status}>
                  {tStatus(status)}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField label={t('category')} error={errors.categoryId}>
          {(field) => (
            <Select {...field} name="categoryId" defaultValue={values.categoryId}>
              <option value="">{t('noCategory')}</option>
              {categories.map((category) => (
                <option key={category.id} value={category.id}>
                  {category.label}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField label={t('tags')} hint={t('tagsHint')} error={errors.tags}>
          {(field) => <Input {...field} name="tags" defaultValue={values.tags} />}
        </FormField>
        <FormField label={t('vatRate')} hint={t('vatHint')} error={errors.vatRateBp}>
          {(field) => (
            <Select {...field} name="vatRateBp" defaultValue={String(values.vatRateBp)}>
              {vatRates.map((rate) => (
                <option key={rate.value} value={rate.value}>
                  {rate.label}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <fieldset className="flex flex-col gap-2 md:col-span-2">
          <legend className="sr-only">{t('flags')}</legend>
          <label className="flex min-h-11 items-center gap-3">
            <input type="checkbox" name="featured" defaultChecked={values.featured} className="size-5" />
            <span>{t('featured')}</span>
          </label>
          <label className="flex min-h-11 items-center gap-3">
            <input type="checkbox" name="finalSale" defaultChecked={values.finalSale} className="size-5" aria-describedby="final-sale-hint" />
            <span>{t('finalSale')}</span>
          </label>
          <p id="final-sale-hint" className="text-sm text-stone-600">
            {t('finalSaleHint')}
          </p>
        </fieldset>
      </Card>

      <ImageRows initial={values.images} errors={errors} />
      <VariantRows initial={values.variants} errors={errors} />

      <div className="sticky bottom-0 flex flex-col gap-3 border-t border-stone-200 bg-stone-50 py-4">
        <ServerFormStatus state={state} />
        <Button type="submit" loading={pending} className="self-start">
          {values.id ? t('save') : t('create')}
        </Button>
      </div>
    </form>
  );
}
