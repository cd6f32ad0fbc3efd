import { useId, type ReactNode } from 'react';

type Props = { name: string; label: ReactNode; hint?: ReactNode; error?: string; defaultChecked?: boolean; value?: string };

/** A labelled checkbox with an optional hint and error, 44 px tall to tap. */
export function CheckField({ name, label, hint, error, defaultChecked, value }: Props) {
  const errorId = `check${useId().replace(/[^a-zA-Z0-9_-]/g, '')}-error`;
  return (
    <div>
      <label className="flex min-h-11 items-start gap-3 py-1">
        <input
          type="checkbox"
          name={name}
          value={value}
          defaultChecked={defaultChecked}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          className="mt-0.5 size-5 shrink-0 accent-brand-700"
        />
        <span>
          <span className="font-medium text-stone-900">{label}</span>
          {hint ? <span className="block text-sm text-stone-600">{hint}</span> : null}
        </span>
      </label>
      {error ? (
        <p id={errorId} className="ml-8 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
