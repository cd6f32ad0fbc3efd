import { cn } from './cn';

// The look of the shop's buttons, apart from the components (button.tsx), so that a page can style
// a plain element as a button without bringing the locale-aware Link with it (the error pages).

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';
export type ButtonSize = 'sm' | 'md' | 'lg';

export type StyleProps = {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Full width on every screen size. */
  fullWidth?: boolean;
};

const base =
  'inline-flex items-center justify-center gap-2 rounded-lg font-semibold no-underline ' +
  'transition-colors select-none ' +
  'focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-700 ' +
  'disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-not-allowed aria-disabled:opacity-60';

const variants: Record<ButtonVariant, string> = {
  primary: 'bg-brand-700 text-white hover:bg-brand-800 active:bg-brand-900',
  secondary:
    'border border-brand-700 bg-white text-brand-800 hover:bg-brand-50 active:bg-brand-100',
  ghost: 'bg-transparent text-stone-800 hover:bg-stone-100 active:bg-stone-200',
  danger:
    'bg-red-700 text-white hover:bg-red-800 active:bg-red-900 focus-visible:outline-red-800',
};

// Every size keeps a touch target of at least 44 x 44 px.
const sizes: Record<ButtonSize, string> = {
  sm: 'min-h-11 min-w-11 px-3 text-sm',
  md: 'min-h-11 min-w-11 px-4 text-base',
  lg: 'min-h-12 min-w-12 px-6 text-lg',
};

/** The class list of a button, for a plain element styled as one. */
export function buttonClasses({
  variant = 'primary',
  size = 'md',
  fullWidth = false,
  className,
}: StyleProps & { className?: string } = {}): string {
  return cn(base, variants[variant], sizes[size], fullWidth && 'w-full', className);
}
