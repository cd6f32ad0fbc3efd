'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Card, CardTitle } from '@/components/ui/card';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import type { ImageValues } from './editor-values';
import { ImageUpload } from '@/components/admin/image-upload';
import { useRows } from './use-rows';

const emptyImage: ImageValues = { url: '', altFi: '', altEn: '' };

type RowProps = {
  index: number;
  value: ImageValues;
  errors: Record<string, string>;
  onMoveUp: () => void;
  onRemove: () => void;
};

function ImageRow({ index, value, errors, onMoveUp, onRemove }: RowProps) {
  const t = useTranslations('adminProducts.images');
  // The address is typed or filled in by an upload.
  const [url, setUrl] = useState(value.url);
  const name = (field: string) => `images.${index}.${field}`;
  const err = (field: string) => errors[name(field)];
  return (
    <li className="rounded-lg border border-stone-300 p-4">
      <fieldset className="grid gap-3 md:grid-cols-3">
        <legend className="mb-2 font-semibold">{t('legend', { number: index + 1 })}</legend>
        <FormField label={t('url')} hint={t('urlHint')} error={err('url')} required className="md:col-span-2">
          {(field) => <Input {...field} name={name('url')} value={url} onChange={(event) => setUrl(event.currentTarget.value)} spellCheck={false} />}
        </FormField>
        <ImageUpload label={t('upload', { number: index + 1 })} messages="adminProducts.images" onUploaded={setUrl} />
        <FormField label={t('altFi')} hint={t('altHint')} error={err('altFi')} required>
          {(field) => <Input {...field} name={name('altFi')} defaultValue={value.altFi} maxLength={300} />}
        </FormField>
        <FormField label={t('altEn')} error={err('altEn')}>
          {(field) => <Input {...field} name={name('altEn')} defaultValue={value.altEn} maxLength={300} lang="en" />}
        </FormField>
        <div className="flex items-end gap-2">
          <Button variant="ghost" size="sm" onClick={onMoveUp} disabled={index === 0}>
            {t('moveUp', { number: index + 1 })}
          </Button>
          <Button variant="ghost" size="sm" onClick={onRemove}>
            {t('remove', { number: index + 1 })}
          </Button>
        </div>
      </fieldset>
    </li>
  );
}

/** The pictures, in the order the shop shows them: address (or upload) and a description (alt text) for each. */
export function ImageRows({ initial, errors }: { initial: ImageValues[]; errors: Record<string, string> }) {
  const t = useTranslations('adminProducts.images');
  const { rows, add, remove, moveUp } = useRows(initial);
  return (
    <Card as="section" aria-labelledby="editor-images" className="flex flex-col gap-4">
      <CardTitle id="editor-images">{t('title')}</CardTitle>
      <p className="text-sm text-stone-700">{t('intro')}</p>
      {rows.length === 0 ? <p className="text-stone-700">{t('none')}</p> : null}
      <ol className="flex flex-col gap-4">
        {rows.map(({ key, value }, index) => (
          <ImageRow key={key} index={index} value={value} errors={errors} onMoveUp={() => moveUp(key)} onRemove={() => remove(key)} />
        ))}
      </ol>
      <Button variant="secondary" className="self-start" onClick={() => add(emptyImage)}>
        {t('add')}
      </Button>
    </Card>
  );
}
