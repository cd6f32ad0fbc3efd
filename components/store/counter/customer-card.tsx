'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { counterCustomerCardAction, type CustomerCardAnswer } from '@/lib/actions/counter-customer-card';
import { CustomerCardView } from './customer-card-view';

type Props = { storeId: string; customerId: string };

/**
 * The card of the customer attached at the till: fetched (and its viewing recorded) once per
 * customer, again only when staff ask to retry. Place it as <CustomerCard storeId customerId />.
 */
export function CustomerCard({ storeId, customerId }: Props) {
  const t = useTranslations('storeCustomerCard');
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<{ key: string; answer: CustomerCardAnswer } | null>(null);
  const asked = useRef<string | null>(null);
  const key = `${storeId}/${customerId}/${attempt}`;

  useEffect(() => {
    // React runs effects twice in development: ask (and record a viewing) once per key.
    if (asked.current === key) return;
    asked.current = key;
    counterCustomerCardAction(storeId, customerId).then(
      (result) => setAnswer({ key, answer: result }),
      () => setAnswer({ key, answer: { error: t('failed') } }),
    );
  }, [key, storeId, customerId, t]);

  const current = answer?.key === key ? answer.answer : null;
  if (current && 'card' in current) return <CustomerCardView card={current.card} />;
  return (
    <section aria-label={t('title')} className="flex flex-wrap items-center gap-3 rounded-xl border border-stone-200 bg-white p-3">
      <p role="status" className="text-stone-700">
        {current ? current.error : t('loading')}
      </p>
      {current ? (
        <Button variant="secondary" onClick={() => setAttempt((n) => n + 1)}>
          {t('retry')}
        </Button>
      ) : null}
    </section>
  );
}
