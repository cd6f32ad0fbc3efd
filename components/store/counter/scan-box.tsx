'use client';

import { useRef, useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { PRODUCT_CODE_FORMATS, QrScanButton } from '@/components/store/qr-scanner';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { counterScanAction } from '@/lib/actions/counter-lookup';
import type { CounterItem } from '@/lib/counter/counter-item';

type Props = {
  storeId: string;
  onItem: (item: CounterItem) => void;
  /** An unknown code: staff may search by name instead. */
  onSearchInstead: (text: string) => void;
};

/**
 * The scan box: a hardware scanner types the code here and presses Enter; staff can type a
 * barcode or SKU too, or read a barcode with the camera where the browser can. The box keeps the
 * focus and empties itself after each code, ready for the next.
 */
export function ScanBox({ storeId, onItem, onSearchInstead }: Props) {
  const t = useTranslations('storeCounter.scan');
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<{ message: string; code: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function look(code: string) {
    const text = code.trim();
    if (!text) return;
    setPending(true);
    try {
      const answer = await counterScanAction(storeId, text);
      if ('item' in answer) {
        setError(null);
        onItem(answer.item);
      } else setError({ message: answer.error, code: text });
    } finally {
      setPending(false);
      if (input.current) input.current.value = '';
      input.current?.focus();
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void look(input.current?.value ?? '');
  }

  return (
    <div className="flex flex-col gap-2">
      <form onSubmit={onSubmit} className="flex items-end gap-2">
        <FormField label={t('label')} hint={t('hint')} error={error?.message} className="flex-1">
          {(field) => (
            <Input
              {...field}
              ref={input}
              name="code"
              autoFocus
              autoComplete="off"
              spellCheck={false}
              enterKeyHint="enter"
              inputMode="text"
              className="min-h-12 text-lg"
            />
          )}
        </FormField>
        <Button type="submit" size="lg" loading={pending}>
          {t('add')}
        </Button>
      </form>
      <div className="flex flex-wrap gap-2">
        {error ? (
          <Button variant="secondary" onClick={() => onSearchInstead(error.code)}>
            {t('searchInstead')}
          </Button>
        ) : null}
        <QrScanButton label={t('camera')} formats={PRODUCT_CODE_FORMATS} onScan={(text) => void look(text)} />
      </div>
    </div>
  );
}
