import type { ComponentProps } from 'react';
import { cn } from './cn';

/** Shared look of text inputs, selects and textareas (border 4.8:1 on white, 16px text: no iOS zoom). */
export function controlClasses(invalid?: boolean, className?: string): string {
  return cn(
    'block w-full rounded-lg border bg-white px-3 text-base text-stone-900 placeholder:text-stone-500',
    'focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-brand-700',
    'disabled:cursor-not-allowed disabled:bg-stone-100 disabled:text-stone-600',
    invalid ? 'border-red-700 border-2' : 'border-stone-500',
    className,
  );
}

export type InputProps = ComponentProps<'input'> & {
  /** Red border and aria-invalid. FormField passes aria-invalid itself; use this when standalone. */
  invalid?: boolean;
};

export function Input({ invalid, className, type = 'text', ...props }: InputProps) {
  const isInvalid = invalid ?? (props['aria-invalid'] === true || props['aria-invalid'] === 'true');
  return (
    <input
      type={type}
      aria-invalid={isInvalid || undefined}
      className={controlClasses(isInvalid, cn('min-h-11 py-2', className))}
      {...props}
    />
  );
}
