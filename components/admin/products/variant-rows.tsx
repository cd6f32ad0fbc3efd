'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Card, CardTitle } from '@/components/ui/card';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { emptyVariant, type VariantValues } from './editor-values';
import { useRows } from './use-rows';

/** The variants: SKU, EAN, size, colour, price, compare-at price, on sale or not; add and remove. */
export function VariantRows({ initial, errors }: { initial: VariantValues[]; errors: Record<string, string> }) {
  const t = useTranslations('adminProducts.variants');
  const { rows, add, remove } = useRows(initial);
  return (
    <Card as="section" aria-labelledby="editor-variants" className="flex flex-col gap-4">
      <CardTitle id="editor-variants">{t('title')}</CardTitle>
      <p className="text-sm text-stone-700">{t('intro')}</p>
      {errors.variants ? (
        <p role="alert" className="font-medium text-red-700">
          {errors.variants}
        </p>
      ) : null}
      <ol className="flex flex-col gap-4">
        {rows.map(({ key, value }, index) => {
          const name = (field: string) => `variants.${index}.${field}`;
          const err = (field: string) => errors[name(field)];
          return (
            <li key={key} className="rounded-lg border border-stone-300 p-4">
              <fieldset className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
                <legend className="mb-2 font-semibold">{t('legend', { number: index + 1 })}</legend>
                <input type="hidden" name={name('id')} value={value.id} />
                <FormField label={t('sku')} error={err('sku')} required>
                  {(field) => <Input {...field} name={name('sku')} defaultValue={value.sku} maxLength={64} spellCheck={false} />}
                </FormField>
                <FormField label={t('ean')} hint={t('eanHint')} error={err('ean')}>
                  {(field) => <Input {...field} name={name('ean')} defaultValue={value.ean} inputMode="numeric" maxLength={13} />}
                </FormField>
                <FormField label={t('size')} error={err('size')}>
                  {(field) => <Input {...field} name={name('size')} defaultValue={value.size} maxLength={40} />}
                </FormField>
                <FormField label={t('colour')} error={err('colour')}>
                  {(field) => <Input {...field} name={name('colour')} defaultValue={value.colour} maxLength={40} />}
                </FormField>
                <FormField label={t('price')} hint={t('priceHint')} error={err('price')} required>
                  {(field) => <Input {...field} name={name('price')} defaultValue={value.price} inputMode="decimal" />}
                </FormField>
                <FormField label={t('compareAt')} hint={t('compareAtHint')} error={err('compareAt')}>
                  {(field) => <Input {...field} name={name('compareAt')} defaultValue={value.compareAt} inputMode="decimal" />}
                </FormField>
                <label className="flex min-h-11 items-center gap-3 self-end">
                  <input type="checkbox" name={name('active')} defaultChecked={value.active} className="size-5" />
                  <span>{t('active')}</span>
                </label>
                <div className="flex items-end">
                  <Button variant="ghost" size="sm" onClick={() => remove(key)} disabled={rows.length === 1}>
                    {t('remove', { number: index + 1 })}
                  </Button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <Button variant="secondary" className="self-start" onClick={() => add(emptyVariant)}>
        {t('add')}
      </Button>
    </Card>
  );
}
