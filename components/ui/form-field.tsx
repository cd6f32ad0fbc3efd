import { useId, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { cn } from './cn';
import { AlertIcon } from './icons';

/** Props a FormField hands to its control: spread them onto Input / Select / Textarea. */
export type FieldControlProps = {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  required?: boolean;
};

export type FormFieldProps = {
  label: ReactNode;
  /** The control's id; generated with useId when omitted. */
  id?: string;
  hint?: ReactNode;
  /** One message or a list (e.g. zod's fieldErrors[name]); empty means valid. */
  error?: string | readonly string[] | null;
  required?: boolean;
  /** Keeps the label for screen readers only (use sparingly: visible labels help everyone). */
  hideLabel?: boolean;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
};

/**
 * Label + control + hint + error, wired with for/id, aria-describedby and aria-invalid.
 *
 *   <FormField label={t('email')} error={state.fieldErrors?.email} required>
 *     {(field) => <Input {...field} name="email" type="email" autoComplete="email" />}
 *   </FormField>
 */
export function FormField({
  label,
  id,
  hint,
  error,
  required = false,
  hideLabel = false,
  className,
  children,
}: FormFieldProps) {
  const t = useTranslations('ui.formField');
  const generatedId = useId();
  const controlId = id ?? `field${generatedId.replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  const errors = (typeof error === 'string' ? [error] : (error ?? [])).filter(Boolean);
  const invalid = errors.length > 0;
  const describedBy = [invalid ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ');

  return (
    <div className={cn('flex flex-col gap-1.5', className)}>
      <label htmlFor={controlId} className={cn('font-medium text-stone-900', hideLabel && 'sr-only')}>
        {label}
        {required ? (
          <span className="ml-1 text-sm font-normal text-stone-600">({t('required')})</span>
        ) : null}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-stone-600">
          {hint}
        </p>
      ) : null}
      {children({
        id: controlId,
        'aria-describedby': describedBy || undefined,
        'aria-invalid': invalid ? true : undefined,
        required: required || undefined,
      })}
      {invalid ? (
        <div id={errorId} className="flex items-start gap-1.5 text-sm font-medium text-red-700">
          <AlertIcon className="mt-px size-4 shrink-0" />
          <p>
            <span className="sr-only">{t('errorPrefix')} </span>
            {errors.join(' ')}
          </p>
        </div>
      ) : null}
    </div>
  );
}
