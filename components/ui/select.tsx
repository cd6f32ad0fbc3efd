import type { ComponentProps } from 'react';
import { cn } from './cn';
import { ChevronDownIcon } from './icons';
import { controlClasses } from './input';

export type SelectProps = ComponentProps<'select'> & { invalid?: boolean };

/** A native <select> (best on phones) with the kit's look; pass <option>s as children. */
export function Select({ invalid, className, children, ...props }: SelectProps) {
  const isInvalid = invalid ?? (props['aria-invalid'] === true || props['aria-invalid'] === 'true');
  return (
    <div className={cn('relative', className)}>
      <select
        aria-invalid={isInvalid || undefined}
        className={controlClasses(isInvalid, 'min-h-11 appearance-none py-2 pr-10')}
        {...props}
      >
        {children}
      </select>
      <ChevronDownIcon className="pointer-events-none absolute top-1/2 right-3 size-5 -translate-y-1/2 text-stone-600" />
    </div>
  );
}
