import { useTranslations } from 'next-intl';
import { cn } from './cn';
import { AlertIcon, CheckIcon } from './icons';

export type FormStatusTone = 'success' | 'error';

export type FormStatusProps = {
  /** The result of a server action, as returned to useActionState: { ok, message }. */
  state?: { ok?: boolean; message?: string | null } | null;
  /** Or give the message and tone directly (these win over `state`). */
  message?: string | null;
  tone?: FormStatusTone;
  id?: string;
  className?: string;
};

/**
 * A form-level message in a polite live region. Render it always (also when empty), so that
 * screen readers are already watching the region when a message appears.
 *
 *   const [state, action] = useActionState(saveThing, null);
 *   <form action={action}>... <FormStatus state={state} /></form>
 */
export function FormStatus({ state, message, tone, id, className }: FormStatusProps) {
  const t = useTranslations('ui.formStatus');
  const text = message ?? state?.message ?? null;
  const resolvedTone: FormStatusTone = tone ?? (state?.ok ? 'success' : 'error');
  const Icon = resolvedTone === 'success' ? CheckIcon : AlertIcon;

  return (
    <div id={id} role="status" aria-live="polite" aria-atomic="true" className={className}>
      {text ? (
        <div
          className={cn(
            'flex items-start gap-2 rounded-lg border px-3 py-2.5 text-sm font-medium',
            resolvedTone === 'success'
              ? 'border-green-700/40 bg-green-50 text-green-800'
              : 'border-red-700/40 bg-red-50 text-red-800',
          )}
        >
          <Icon className="mt-px size-5 shrink-0" />
          <p>
            <span className="sr-only">{t(resolvedTone)}: </span>
            {text}
          </p>
        </div>
      ) : null}
    </div>
  );
}
