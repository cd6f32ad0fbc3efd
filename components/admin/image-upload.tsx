'use client';

import { useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import { uploadImageAction } from '@/lib/actions/upload-image';

type ImageUploadProps = {
  onUploaded: (url: string) => void;
  label: string;
  /** Whose strings (uploading, uploaded, uploadFailed, uploadHint): the product or content editor's. */
  messages: 'adminProducts.images' | 'adminContent.images';
};

/** "Upload a picture": sends the chosen file at once and hands its new address to the form. */
export function ImageUpload({ onUploaded, label, messages }: ImageUploadProps) {
  const t = useTranslations(messages);
  const id = `upload${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [status, setStatus] = useState<{ busy: boolean; message: string | null; error: boolean }>({ busy: false, message: null, error: false });

  async function upload(file: File | undefined) {
    if (!file) return;
    setStatus({ busy: true, message: t('uploading'), error: false });
    const data = new FormData();
    data.append('file', file);
    try {
      const result = await uploadImageAction(data);
      if (result.ok) {
        onUploaded(result.url);
        setStatus({ busy: false, message: t('uploaded'), error: false });
      } else {
        setStatus({ busy: false, message: result.message, error: true });
      }
    } catch {
      setStatus({ busy: false, message: t('uploadFailed'), error: true });
    }
  }

  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="font-medium text-stone-900">
        {label}
      </label>
      <p id={`${id}-hint`} className="text-sm text-stone-600">
        {t('uploadHint')}
      </p>
      <input
        id={id}
        type="file"
        accept="image/png,image/jpeg,image/webp"
        aria-describedby={`${id}-hint ${id}-status`}
        disabled={status.busy}
        onChange={(event) => upload(event.currentTarget.files?.[0])}
        className="min-h-11 text-sm file:mr-3 file:min-h-11 file:rounded-lg file:border file:border-brand-700 file:bg-white file:px-3 file:font-semibold file:text-brand-800"
      />
      <p id={`${id}-status`} role="status" aria-live="polite" className={status.error ? 'text-sm font-medium text-red-700' : 'text-sm text-stone-700'}>
        {status.message}
      </p>
    </div>
  );
}
