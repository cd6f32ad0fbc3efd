'use client';

import { startTransition, useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { LookupBox } from '@/components/store/lookup-box';
import { findReturnDeskAction } from '@/lib/actions/return-desk-find';
import type { FormState } from '@/lib/forms/form-state';

/** The desk's search: a return's QR text or number, an order number or an e-mail. */
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
      <LookupBox
        label={t('label')}
        hint={t('hint')}
        submitLabel={t('submit')}
        defaultValue={query}
        error={state.fieldErrors?.query}
        pending={pending}
        onSearch={search}
      />
      <ServerFormStatus state={state} />
    </div>
  );
}
