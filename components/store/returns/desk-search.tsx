'use client';

import { startTransition, useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { QrScanButton } from '@/components/store/qr-scanner';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { SearchIcon } from '@/components/ui/icons';
import { Input } from '@/components/ui/input';
import { findReturnDeskAction } from '@/lib/actions/return-desk-find';
import type { FormState } from '@/lib/forms/form-state';

/**
 * The desk's one search box: a return's QR text or number, an order number or an e-mail. A
 * hardware scanner types into it and presses Enter; the camera's "Scan QR" searches at once.
 */
export function DeskSearch({ storeId, query }: { storeId: string; query: string }) {
  const t = useTranslations('storeReturns.search');
  const [state, action, pending] = useActionState<FormState, FormData>(findReturnDeskAction, { status: 'idle' });

  function search(text: string) {
    const data = new FormData();
    data.set('storeId', storeId);
    data.set('query', text);
    startTransition(() => action(data));
  }

  return (
    <div className="flex flex-col gap-3">
      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          search(String(new FormData(event.currentTarget).get('query') ?? ''));
        }}
        className="flex flex-col gap-3 sm:flex-row sm:items-end"
      >
        <FormField label={t('label')} hint={t('hint')} error={state.fieldErrors?.query} className="flex-1">
          {(field) => (
            <Input
              {...field}
              name="query"
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
      <ServerFormStatus state={state} />
    </div>
  );
}
