'use client';

import { useTranslations } from 'next-intl';
import { cn } from '@/components/ui/cn';
import { formatCents } from '@/lib/money';
import type { DeskReceiveLine } from '@/lib/returns/desk-receive-view';

export type LineChoice = { quantity: number; condition: 'RESALEABLE' | 'DAMAGED'; restock: boolean };

type Props = {
  line: DeskReceiveLine;
  choice: LineChoice;
  onChange: (choice: LineChoice) => void;
  locale: string;
  currency: string;
};

const stepButton =
  'flex size-12 items-center justify-center rounded-lg border border-stone-500 bg-white text-2xl font-semibold text-stone-900 ' +
  'hover:bg-stone-100 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-700 disabled:opacity-40';

/** One order line at the desk: what can come back, and how many, in what condition, restocked or not. */
export function ReceiveLine({ line, choice, onChange, locale, currency }: Props) {
  const t = useTranslations('storeReturns.receive');
  const money = (cents: number) => formatCents(cents, locale, currency);
  const name = line.variantLabel ? `${line.name} (${line.variantLabel})` : line.name;
  const blocked = line.cancelled ? t('cancelled') : line.finalSale ? t('finalSale') : line.returnableQuantity === 0 ? t('nothingLeft') : null;
  const quantityId = `quantity-${line.orderLineId}`;

  return (
    <li className={cn('flex flex-col gap-3 rounded-xl border bg-white p-4', choice.quantity > 0 ? 'border-brand-700' : 'border-stone-300')}>
      <div>
        <p className="font-semibold text-stone-900">{name}</p>
        <p className="text-sm text-stone-700">
          {[
            t('bought', { count: line.quantity, price: money(line.unitPriceCents) }),
            line.returnedQuantity > 0 ? t('alreadyReturned', { count: line.returnedQuantity }) : null,
            line.requestedQuantity > 0 ? t('announced', { count: line.requestedQuantity }) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      </div>
      {blocked ? (
        <p className="text-stone-700">{blocked}</p>
      ) : (
        <>
          <div className="flex flex-wrap items-center gap-3">
            <span id={quantityId} className="font-medium">
              {t('quantity')}
            </span>
            <div role="group" aria-labelledby={quantityId} className="flex items-center gap-2">
              <button
                type="button"
                className={stepButton}
                aria-label={t('decrease', { name })}
                disabled={choice.quantity === 0}
                onClick={() => onChange({ ...choice, quantity: choice.quantity - 1 })}
              >
                −
              </button>
              <output aria-live="polite" className="min-w-10 text-center text-2xl font-bold tabular-nums">
                {choice.quantity}
              </output>
              <button
                type="button"
                className={stepButton}
                aria-label={t('increase', { name })}
                disabled={choice.quantity >= line.returnableQuantity}
                onClick={() => onChange({ ...choice, quantity: choice.quantity + 1 })}
              >
                +
              </button>
            </div>
            <span className="text-stone-700">/ {line.returnableQuantity}</span>
            {choice.quantity > 0 ? <span className="ml-auto font-semibold">{t('lineRefund', { amount: money(line.unitPriceCents * choice.quantity) })}</span> : null}
          </div>
          {choice.quantity > 0 ? <ConditionChoice name={name} lineId={line.orderLineId} choice={choice} onChange={onChange} /> : null}
        </>
      )}
    </li>
  );
}

function ConditionChoice({ name, lineId, choice, onChange }: { name: string; lineId: string; choice: LineChoice; onChange: (choice: LineChoice) => void }) {
  const t = useTranslations('storeReturns.receive');
  const option = 'flex min-h-11 flex-1 cursor-pointer items-center justify-center gap-2 rounded-lg border px-3 font-medium has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-brand-700';
  return (
    <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
      <fieldset className="flex-1">
        <legend className="sr-only">
          {t('condition')}: {name}
        </legend>
        <div className="flex gap-2">
          {(['RESALEABLE', 'DAMAGED'] as const).map((condition) => (
            <label key={condition} className={cn(option, choice.condition === condition ? 'border-brand-700 bg-brand-50 text-brand-900' : 'border-stone-400 bg-white text-stone-900')}>
              <input
                type="radio"
                name={`condition-${lineId}`}
                value={condition}
                checked={choice.condition === condition}
                // Damaged goods do not go back on sale unless staff say so.
                onChange={() => onChange({ ...choice, condition, restock: condition === 'RESALEABLE' })}
                className="size-5 accent-brand-700"
              />
              {condition === 'RESALEABLE' ? t('resaleable') : t('damaged')}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="flex min-h-11 cursor-pointer items-center gap-2">
        <input type="checkbox" checked={choice.restock} onChange={(event) => onChange({ ...choice, restock: event.target.checked })} className="size-5 accent-brand-700" />
        {t('restock')}
      </label>
    </div>
  );
}
