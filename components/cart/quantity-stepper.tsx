'use client';

import { useTranslations } from 'next-intl';
import { useId, useState, type FormEvent } from 'react';
import { cn } from '@/components/ui/cn';

type Props = {
  quantity: number;
  /** The most the + button goes to (what is available, at most 99). */
  max: number;
  productName: string;
  /** Called with what the shopper typed or stepped to; the server validates it. */
  onChange: (raw: string) => void;
  errorId?: string;
  invalid?: boolean;
};

const stepButton =
  'inline-flex size-11 items-center justify-center text-xl font-semibold text-stone-800 hover:bg-stone-100 ' +
  'focus-visible:outline-3 focus-visible:outline-offset-[-3px] focus-visible:outline-brand-700 ' +
  'aria-disabled:cursor-not-allowed aria-disabled:text-stone-400 aria-disabled:hover:bg-transparent';

/** − [ n ] +: steps by one, or takes a typed number on Enter or when leaving the field. */
export function QuantityStepper({ quantity, max, productName, onChange, errorId, invalid }: Props) {
  const t = useTranslations('cart.line');
  const id = `quantity${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [draft, setDraft] = useState(String(quantity));
  const [shown, setShown] = useState(quantity);
  // A new quantity from the server (or the optimistic view) replaces what is in the field.
  if (quantity !== shown) {
    setShown(quantity);
    setDraft(String(quantity));
  }

  function commit() {
    if (draft.trim() !== String(quantity)) onChange(draft.trim());
  }
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    commit();
  }

  const canDecrease = quantity > 1;
  const canIncrease = quantity < max;
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-stone-700">
        {t('quantity')}
        <span className="sr-only">: {productName}</span>
      </label>
      <div
        className={cn(
          'inline-flex w-max items-stretch overflow-hidden rounded-lg border bg-white',
          invalid ? 'border-2 border-red-700' : 'border-stone-500',
        )}
      >
        <button
          type="button"
          className={stepButton}
          aria-label={t('decrease', { name: productName })}
          aria-disabled={!canDecrease || undefined}
          onClick={() => canDecrease && onChange(String(quantity - 1))}
        >
          <span aria-hidden="true">−</span>
        </button>
        <input
          id={id}
          name="quantity"
          inputMode="numeric"
          autoComplete="off"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
          aria-invalid={invalid || undefined}
          aria-describedby={errorId}
          className="w-14 border-x border-stone-300 text-center text-base tabular-nums text-stone-900 focus-visible:outline-3 focus-visible:outline-offset-[-3px] focus-visible:outline-brand-700"
        />
        <button
          type="button"
          className={stepButton}
          aria-label={t('increase', { name: productName })}
          aria-disabled={!canIncrease || undefined}
          onClick={() => canIncrease && onChange(String(quantity + 1))}
        >
          <span aria-hidden="true">+</span>
        </button>
      </div>
    </form>
  );
}
