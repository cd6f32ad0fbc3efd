import type { ComponentProps, ElementType, ReactNode } from 'react';
import { cn } from './cn';

export type CardProps = {
  as?: 'div' | 'section' | 'article' | 'li' | 'aside';
  className?: string;
  children: ReactNode;
} & Omit<ComponentProps<'div'>, 'className' | 'children'>;

export function Card({ as = 'div', className, children, ...props }: CardProps) {
  const Tag = as as ElementType;
  return (
    <Tag className={cn('rounded-xl border border-stone-200 bg-white p-4 shadow-sm sm:p-6', className)} {...props}>
      {children}
    </Tag>
  );
}

export type CardTitleProps = ComponentProps<'h2'> & { as?: 'h2' | 'h3' | 'h4' };

export function CardTitle({ as = 'h2', className, ...props }: CardTitleProps) {
  const Tag = as;
  return <Tag className={cn('text-lg font-semibold text-stone-900', className)} {...props} />;
}
