import type { ComponentProps, ElementType, ReactNode } from 'react';
import { cn } from './cn';

const widths = {
  narrow: 'max-w-2xl',
  default: 'max-w-6xl',
  wide: 'max-w-7xl',
} as const;

export type ContainerProps = {
  as?: 'div' | 'section' | 'header' | 'footer' | 'nav' | 'main' | 'article';
  size?: keyof typeof widths;
  className?: string;
  children: ReactNode;
} & Omit<ComponentProps<'div'>, 'className' | 'children'>;

/** Centres content with the site's page padding (16 px on phones, more on wider screens). */
export function Container({ as = 'div', size = 'default', className, children, ...props }: ContainerProps) {
  const Tag = as as ElementType;
  return (
    <Tag className={cn('mx-auto w-full px-4 sm:px-6 lg:px-8', widths[size], className)} {...props}>
      {children}
    </Tag>
  );
}
