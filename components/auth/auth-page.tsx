import type { ReactNode } from 'react';
import { Card } from '@/components/ui/card';
import { Container } from '@/components/ui/container';

/** The frame of the sign-in, sign-up and password pages: a title, an intro and a card. */
export function AuthPage({ title, intro, children, footer }: { title: string; intro?: string; children: ReactNode; footer?: ReactNode }) {
  return (
    <Container size="narrow" className="py-8 sm:py-12">
      <div className="mx-auto max-w-md">
        <h1 className="text-2xl font-bold text-stone-900 sm:text-3xl">{title}</h1>
        {intro ? <p className="mt-2 text-stone-700">{intro}</p> : null}
        <Card className="mt-6">{children}</Card>
        {footer ? <div className="mt-6 flex flex-col gap-2 text-stone-800">{footer}</div> : null}
      </div>
    </Container>
  );
}
