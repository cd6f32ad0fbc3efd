import type { ReactNode } from 'react';
import { cn } from './cn';

export type EmptyStateProps = {
  /** A decorative icon (rendered aria-hidden), e.g. <CartIcon />. */
  icon?: ReactNode;
  title: ReactNode;
  text?: ReactNode;
  /** Usually a ButtonLink or Button. */
  action?: ReactNode;
  /** Heading level of the title, to fit the page outline. */
  headingLevel?: 2 | 3;
  className?: string;
};

export function EmptyState({ icon, title, text, action, headingLevel = 2, className }: EmptyStateProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div
      className={cn(
        'flex flex-col items-center gap-3 rounded-xl border border-dashed border-stone-300 bg-stone-50 px-4 py-10 text-center sm:px-8',
        className,
      )}
    >
      {icon ? (
        <div
          aria-hidden="true"
          className="flex size-12 items-center justify-center rounded-full bg-brand-100 text-brand-700 [&_svg]:size-6"
        >
          {icon}
        </div>
      ) : null}
      <Heading className="text-lg font-semibold text-stone-900">{title}</Heading>
      {text ? <p className="max-w-prose text-stone-700">{text}</p> : null}
      {action ? <div className="mt-2">{action}</div> : null}
    </div>
  );
}
