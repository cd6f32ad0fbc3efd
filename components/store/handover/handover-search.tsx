'use client';

import { useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { LookupBox } from '@/components/store/lookup-box';

/**
 * The counter's search: typed, scanned with a hardware scanner or with the camera, it ends on
 * the search page with `?q=`, which opens the order straight away when the text names one.
 */
export function HandoverSearch({ storeSlug, query, error }: { storeSlug: string; query: string; error?: string }) {
  const t = useTranslations('storeHandover.find');
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function search(text: string) {
    startTransition(() => router.push(`/store/${storeSlug}/handover?q=${encodeURIComponent(text)}`));
  }

  return <LookupBox label={t('label')} hint={t('hint')} submitLabel={t('submit')} defaultValue={query} error={error} pending={pending} onSearch={search} />;
}
