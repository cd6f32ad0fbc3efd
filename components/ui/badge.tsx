import type { ComponentProps } from 'react';
import { cn } from './cn';

export type BadgeTone = 'neutral' | 'success' | 'warning' | 'danger' | 'info';

// Text/background pairs are all above 7:1.
const tones: Record<BadgeTone, string> = {
  neutral: 'bg-stone-100 text-stone-800 ring-stone-300',
  success: 'bg-green-50 text-green-800 ring-green-600/40',
  warning: 'bg-amber-50 text-amber-900 ring-amber-600/40',
  danger: 'bg-red-50 text-red-800 ring-red-600/40',
  info: 'bg-sky-50 text-sky-900 ring-sky-600/40',
};

export type BadgeProps = ComponentProps<'span'> & { tone?: BadgeTone };

/** A short status label. Its text must say the status: colour alone never carries meaning. */
export function Badge({ tone = 'neutral', className, ...props }: BadgeProps) {
  return (
    <span
      className={cn(
        'inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap ring-1 ring-inset',
        tones[tone],
        className,
      )}
      {...props}
    />
  );
}
