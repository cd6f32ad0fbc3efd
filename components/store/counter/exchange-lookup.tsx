'use client';

import { useRef, useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { QrScanButton } from '@/components/store/qr-scanner';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { counterExchangeFindAction } from '@/lib/actions/counter-exchange-find';
import type { DeskReceiveView } from '@/lib/returns/desk-receive-view';

type Props = { storeId: string; onOrder: (view: DeskReceiveView) => void };

/** The first step of an exchange: the original receipt's (or order's) number, typed or its QR read. */
export function ExchangeLookup({ storeId, onOrder }: Props) {
  const t = useTranslations('storeCounter.exchange.find');
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function look(text: string) {
    if (!text.trim()) return;
    setPending(true);
    try {
      const answer = await counterExchangeFindAction(storeId, text);
      if ('view' in answer) onOrder(answer.view);
      else setError(answer.error);
    } finally {
      setPending(false);
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void look(input.current?.value ?? '');
  }

  return (
    <div className="flex flex-col gap-2">
      <form onSubmit={onSubmit} className="flex items-end gap-2">
        <FormField label={t('label')} hint={t('hint')} error={error ?? undefined} className="flex-1">
          {(field) => <Input {...field} ref={input} name="receipt" autoFocus autoComplete="off" inputMode="text" className="min-h-12 text-lg" />}
        </FormField>
        <Button type="submit" size="lg" loading={pending}>
          {t('submit')}
        </Button>
      </form>
      <div>
        <QrScanButton label={t('camera')} onScan={(text) => void look(text)} />
      </div>
    </div>
  );
}
