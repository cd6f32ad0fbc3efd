import { useFormatter, useTranslations } from 'next-intl';
import { AlertIcon, CheckIcon, InfoIcon } from '@/components/ui/icons';
import { cn } from '@/components/ui/cn';
import type { HandoverPickup } from '@/lib/pickups/find-handover-pickup';

type Tone = 'success' | 'warning' | 'info';

const toneClasses: Record<Tone, string> = {
  success: 'border-green-700/40 bg-green-50 text-green-900',
  warning: 'border-amber-600/50 bg-amber-50 text-amber-950',
  info: 'border-sky-600/40 bg-sky-50 text-sky-950',
};

/**
 * Where the pickup stands, said plainly: just handed over, already picked up (when, by whom),
 * not ready yet, cancelled, not paid, locked after wrong codes, or the deadline of a ready one.
 */
export function HandoverState({ pickup, justHandedOver }: { pickup: HandoverPickup; justHandedOver: boolean }) {
  const t = useTranslations('storeHandover.handover');
  const format = useFormatter();
  const dateTime = (date: Date) => format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short' });
  const messages: { tone: Tone; text: string; live?: boolean }[] = [];

  if (pickup.status === 'PICKED_UP') {
    if (justHandedOver) messages.push({ tone: 'success', text: t('done', { number: String(pickup.number) }), live: true });
    const when = pickup.pickedUpAt ? dateTime(pickup.pickedUpAt) : '';
    messages.push({ tone: justHandedOver ? 'success' : 'info', text: t('pickedUp', { date: when, name: pickup.handedOverBy ?? '–' }) });
  } else if (pickup.status !== 'READY_FOR_PICKUP') {
    messages.push({ tone: 'warning', text: t(`notReady.${pickup.status}`) });
  } else if (pickup.orderStatus !== 'PAID' && pickup.orderStatus !== 'PAY_AT_PICKUP') {
    messages.push({ tone: 'warning', text: t('notPaid') });
  } else {
    if (pickup.lockedUntil && pickup.lockedUntil > new Date()) {
      messages.push({ tone: 'warning', text: t('locked', { time: format.dateTime(pickup.lockedUntil, { timeStyle: 'short' }) }) });
    }
    if (pickup.deadlineAt) messages.push({ tone: 'info', text: t('deadline', { date: format.dateTime(pickup.deadlineAt, { dateStyle: 'medium' }) }) });
  }

  return (
    <div role="status" aria-live="polite" className="flex flex-col gap-2 empty:hidden">
      {messages.map((message) => {
        const Icon = message.tone === 'success' ? CheckIcon : message.tone === 'warning' ? AlertIcon : InfoIcon;
        return (
          <p
            key={message.text}
            className={cn('flex items-start gap-2 rounded-xl border px-4 py-3 font-medium', message.tone === 'success' && 'text-lg', toneClasses[message.tone])}
          >
            <Icon className="mt-0.5 size-5 shrink-0" />
            {message.text}
          </p>
        );
      })}
    </div>
  );
}
