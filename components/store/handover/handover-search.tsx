'use client';

import { useTransition, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { QrScanButton } from '@/components/store/qr-scanner';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { SearchIcon } from '@/components/ui/icons';
import { Input } from '@/components/ui/input';

/**
 * The counter's one search box (a hardware scanner types into it and presses Enter) and, where the
 * browser can, the camera's "Scan QR". Both end on the search page with `?q=`: the page opens
 * the order straight away when the text names one.
 */
export function HandoverSearch({ storeSlug, query, error }: { storeSlug: string; query: string; error?: string }) {
  const t = useTranslations('storeHandover.find');
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const searchPath = `/store/${storeSlug}/handover`;

  function search(text: string) {
    const trimmed = text.trim();
    if (!trimmed) return;
    startTransition(() => router.push(`${searchPath}?q=${encodeURIComponent(trimmed)}`));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    search(String(new FormData(event.currentTarget).get('q') ?? ''));
  }

  return (
    <div className="flex flex-col gap-3">
      <form role="search" method="get" onSubmit={onSubmit} className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <FormField label={t('label')} hint={t('hint')} error={error} className="flex-1">
          {(field) => (
            <Input
              {...field}
              key={query}
              name="q"
              type="search"
              defaultValue={query}
              autoFocus
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              enterKeyHint="search"
              className="min-h-12 text-lg"
            />
          )}
        </FormField>
        <Button type="submit" size="lg" loading={pending}>
          <SearchIcon />
          {t('submit')}
        </Button>
      </form>
      <QrScanButton onScan={search} />
    </div>
  );
}
