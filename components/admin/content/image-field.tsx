'use client';

import { useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import { uploadContentImageAction } from '@/lib/actions/upload-content-image';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';

type Props = {
  urlLabel: string;
  altLabel: string;
  url: string;
  alt: string;
  onChange: (next: { url: string; alt: string }) => void;
  errors?: { url?: string; alt?: string };
  /** Form field names, when the values are posted as fields of their own (the cover image). */
  names?: { url: string; alt: string };
};

/** A picture by address or upload, with its required alternative text. */
export function ImageField({ urlLabel, altLabel, url, alt, onChange, errors = {}, names }: Props) {
  const t = useTranslations('adminContent.images');
  const te = useTranslations('adminContent.editor');
  const uploadId = `upload${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [status, setStatus] = useState<{ busy: boolean; message: string | null; error: boolean }>({ busy: false, message: null, error: false });

  async function upload(file: File | undefined) {
    if (!file) return;
    setStatus({ busy: true, message: t('uploading'), error: false });
    const data = new FormData();
    data.append('file', file);
    try {
      const result = await uploadContentImageAction(data);
      if (result.ok) {
        onChange({ url: result.url, alt });
        setStatus({ busy: false, message: t('uploaded'), error: false });
      } else {
        setStatus({ busy: false, message: result.message, error: true });
      }
    } catch {
      setStatus({ busy: false, message: t('uploadFailed'), error: true });
    }
  }

  return (
    <div className="grid gap-3 md:grid-cols-2">
      <FormField label={urlLabel} hint={te('coverUrlHint')} error={errors.url}>
        {(field) => <Input {...field} name={names?.url} value={url} onChange={(event) => onChange({ url: event.currentTarget.value, alt })} spellCheck={false} />}
      </FormField>
      <div className="flex flex-col gap-1.5">
        <label htmlFor={uploadId} className="font-medium text-stone-900">
          {te('upload')}
        </label>
        <p id={`${uploadId}-hint`} className="text-sm text-stone-600">
          {t('uploadHint')}
        </p>
        <input
          id={uploadId}
          type="file"
          accept="image/png,image/jpeg,image/webp"
          aria-describedby={`${uploadId}-hint ${uploadId}-status`}
          disabled={status.busy}
          onChange={(event) => upload(event.currentTarget.files?.[0])}
          className="min-h-11 text-sm file:mr-3 file:min-h-11 file:rounded-lg file:border file:border-brand-700 file:bg-white file:px-3 file:font-semibold file:text-brand-800"
        />
        <p id={`${uploadId}-status`} role="status" aria-live="polite" className={status.error ? 'text-sm font-medium text-red-700' : 'text-sm text-stone-700'}>
          {status.message}
        </p>
      </div>
      <FormField label={altLabel} hint={te('altHint')} error={errors.alt} className="md:col-span-2" required={url !== ''}>
        {(field) => <Input {...field} name={names?.alt} value={alt} onChange={(event) => onChange({ url, alt: event.currentTarget.value })} maxLength={300} />}
      </FormField>
    </div>
  );
}
