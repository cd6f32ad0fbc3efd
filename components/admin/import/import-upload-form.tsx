'use client';

import { useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import type { FormState } from '@/lib/forms/form-state';

// 10 MB, as lib/import/limits.ts (not imported: that module is server code).
const MAX_BYTES = 10 * 1024 * 1024;

type Props = {
  kind: 'PRODUCTS' | 'STOCK';
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** Products only: where "Variant Inventory Qty" goes. */
  stores?: { id: string; name: string }[];
  defaultStoreId?: string;
};

/** Uploads a CSV for its dry run. A file over 10 MB is refused here already, before uploading. */
export function ImportUploadForm({ kind, action, stores, defaultStoreId }: Props) {
  const t = useTranslations('adminImport.upload');
  const { state, pending, onSubmit, errors } = useServerForm(action);
  const [tooLarge, setTooLarge] = useState(false);
  const prefix = kind === 'PRODUCTS' ? 'products' : 'stock';

  function submit(event: FormEvent<HTMLFormElement>) {
    const file = new FormData(event.currentTarget).get('file');
    const large = file instanceof File && file.size > MAX_BYTES;
    setTooLarge(large);
    if (large) {
      event.preventDefault();
      return;
    }
    onSubmit(event);
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="kind" value={kind} />
      <FormField
        label={t('file')}
        hint={t(`${prefix}FileHint`)}
        error={tooLarge ? t('fileTooLarge') : errors.file}
        required
        id={`${prefix}-file`}
      >
        {(field) => <Input {...field} type="file" name="file" accept=".csv,text/csv" className="py-2" onChange={() => setTooLarge(false)} />}
      </FormField>
      {stores ? (
        <FormField label={t('store')} hint={t('storeHint')} error={errors.storeId} id={`${prefix}-store`}>
          {(field) => (
            <Select {...field} name="storeId" defaultValue={defaultStoreId}>
              {stores.map((store) => (
                <option key={store.id} value={store.id}>
                  {store.name}
                </option>
              ))}
            </Select>
          )}
        </FormField>
      ) : null}
      <ServerFormStatus state={state} />
      <Button type="submit" loading={pending} className="self-start">
        {t('submit')}
      </Button>
    </form>
  );
}
