import { useId, type ComponentProps, type ReactNode } from 'react';
import { cn } from './cn';

export type TableProps = ComponentProps<'table'> & {
  /** The table's name; also names the scrollable region. Strongly recommended. */
  caption?: ReactNode;
  /** Keep the caption for screen readers only (when a visible heading already says it). */
  hideCaption?: boolean;
  wrapperClassName?: string;
};

/**
 * A table in a horizontally scrollable, keyboard-focusable region, so wide tables never widen
 * the page on a phone. Use with THead/TBody/Tr/Th/Td below or plain elements.
 */
export function Table({
  caption,
  hideCaption = false,
  className,
  wrapperClassName,
  children,
  ...props
}: TableProps) {
  const captionId = `caption${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return (
    <div
      role="region"
      aria-labelledby={caption ? captionId : undefined}
      tabIndex={0}
      className={cn(
        'w-full overflow-x-auto rounded-lg border border-stone-200 bg-white',
        wrapperClassName,
      )}
    >
      <table className={cn('w-full border-collapse text-left text-sm', className)} {...props}>
        {caption ? (
          <caption
            id={captionId}
            className={cn(
              hideCaption
                ? 'sr-only'
                : 'px-4 pt-3 pb-2 text-left text-base font-semibold text-stone-900',
            )}
          >
            {caption}
          </caption>
        ) : null}
        {children}
      </table>
    </div>
  );
}

export function THead({ className, ...props }: ComponentProps<'thead'>) {
  return <thead className={cn('bg-stone-50 text-stone-700', className)} {...props} />;
}

export function TBody({ className, ...props }: ComponentProps<'tbody'>) {
  return <tbody className={cn('divide-y divide-stone-200', className)} {...props} />;
}

export function Tr({ className, ...props }: ComponentProps<'tr'>) {
  return <tr className={cn('align-top', className)} {...props} />;
}

export function Th({ className, scope = 'col', ...props }: ComponentProps<'th'>) {
  return (
    <th
      scope={scope}
      className={cn('px-4 py-3 font-semibold whitespace-nowrap', className)}
      {...props}
    />
  );
}

export function Td({ className, ...props }: ComponentProps<'td'>) {
  return <td className={cn('px-4 py-3 text-stone-800', className)} {...props} />;
}
