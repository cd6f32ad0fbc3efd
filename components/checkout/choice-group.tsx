import type { ChangeEventHandler, ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { cn } from '@/components/ui/cn';
import { AlertIcon } from '@/components/ui/icons';

/** A group of radio choices with a legend and the group's error message. */
export function ChoiceGroup({ id, legend, error, children, className }: { id: string; legend: ReactNode; error?: string; children: ReactNode; className?: string }) {
  const t = useTranslations('ui.formField');
  const errorId = `${id}-error`;
  return (
    <fieldset id={id} aria-describedby={error ? errorId : undefined} className={cn('min-w-0', className)}>
      <legend className="text-lg font-semibold text-stone-900">{legend}</legend>
      {error ? (
        <div id={errorId} className="mt-1 flex items-start gap-1.5 text-sm font-medium text-red-700">
          <AlertIcon className="mt-px size-4 shrink-0" />
          <p>
            <span className="sr-only">{t('errorPrefix')} </span>
            {error}
          </p>
        </div>
      ) : null}
      <div className="mt-3 flex flex-col gap-2">{children}</div>
    </fieldset>
  );
}

export type ChoiceProps = {
  name: string;
  value: string;
  checked: boolean;
  onChange?: ChangeEventHandler<HTMLInputElement>;
  disabled?: boolean;
  label: ReactNode;
  /** Extra lines under the label: price, readiness, why it cannot be chosen. */
  details?: ReactNode;
  /** Shown on the right of the label (a price). */
  aside?: ReactNode;
};

/** One radio choice as a large, tappable card. */
export function Choice({ name, value, checked, onChange, disabled = false, label, details, aside }: ChoiceProps) {
  return (
    <label
      className={cn(
        'flex min-h-11 gap-3 rounded-lg border p-3 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-700',
        disabled ? 'cursor-not-allowed border-dashed border-stone-300 bg-stone-50' : 'cursor-pointer border-stone-400 bg-white hover:border-brand-700',
        checked && !disabled && 'border-2 border-brand-700 bg-brand-50',
      )}
    >
      <input
        type="radio"
        name={name}
        value={value}
        checked={checked}
        onChange={onChange}
        disabled={disabled}
        className="mt-0.5 size-5 shrink-0 accent-brand-700 focus-visible:outline-none"
      />
      <span className="flex min-w-0 flex-1 flex-col gap-0.5">
        <span className="flex justify-between gap-3 font-medium text-stone-900">
          <span>{label}</span>
          {aside ? <span className="shrink-0 tabular-nums">{aside}</span> : null}
        </span>
        {details ? <span className="text-sm text-stone-700">{details}</span> : null}
      </span>
    </label>
  );
}
