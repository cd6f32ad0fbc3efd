'use client';

import { useTranslations } from 'next-intl';
import { ImageUpload } from '@/components/admin/image-upload';
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
  const te = useTranslations('adminContent.editor');

  return (
    <div className="grid gap-3 md:grid-cols-2">
      <FormField label={urlLabel} hint={te('coverUrlHint')} error={errors.url}>
        {(field) => <Input {...field} name={names?.url} value={url} onChange={(event) => onChange({ url: event.currentTarget.value, alt })} spellCheck={false} />}
      </FormField>
      <ImageUpload label={te('upload')} messages="adminContent.images" onUploaded={(uploaded) => onChange({ url: uploaded, alt })} />
      <FormField label={altLabel} hint={te('altHint')} error={errors.alt} className="md:col-span-2" required={url !== ''}>
        {(field) => <Input {...field} name={names?.alt} value={alt} onChange={(event) => onChange({ url, alt: event.currentTarget.value })} maxLength={300} />}
      </FormField>
    </div>
  );
}
