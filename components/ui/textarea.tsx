import type { ComponentProps } from 'react';
import { cn } from './cn';
import { controlClasses } from './input';

export type TextareaProps = ComponentProps<'textarea'> & { invalid?: boolean };

export function Textarea({ invalid, className, rows = 4, ...props }: TextareaProps) {
  const isInvalid = invalid ?? (props['aria-invalid'] === true || props['aria-invalid'] === 'true');
  return (
    <textarea
      rows={rows}
      aria-invalid={isInvalid || undefined}
      className={controlClasses(isInvalid, cn('min-h-24 py-2 leading-relaxed', className))}
      {...props}
    />
  );
}
