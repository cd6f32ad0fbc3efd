import type { ReactNode } from 'react';
import { Container } from '@/components/ui/container';

type ErrorPanelProps = {
  /** e.g. "Virhe 404"; shown small above the title. */
  code: string;
  title: string;
  text: ReactNode;
  /** Links or buttons. */
  actions?: ReactNode;
  children?: ReactNode;
};

/** The body of the 403 / 404 / 500 pages. Presentational: usable from server and client. */
export function ErrorPanel({ code, title, text, actions, children }: ErrorPanelProps) {
  return (
    <Container className="py-12 sm:py-20">
      <div className="max-w-2xl">
        <p className="text-sm font-semibold tracking-wide text-accent-700 uppercase">{code}</p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight text-stone-900 sm:text-4xl">{title}</h1>
        <p className="mt-4 max-w-prose text-lg text-stone-700">{text}</p>
        {children}
        {actions ? <div className="mt-8 flex flex-col gap-3 sm:flex-row">{actions}</div> : null}
      </div>
    </Container>
  );
}
