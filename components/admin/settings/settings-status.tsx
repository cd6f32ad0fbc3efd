import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { getSettingsStatus } from '@/lib/admin/settings/get-settings-status';
import { Badge } from '@/components/ui/badge';
import { Card, CardTitle } from '@/components/ui/card';

type Status = Awaited<ReturnType<typeof getSettingsStatus>>;

/** Read-only: card payments (Stripe and its webhook) and e-mail (SMTP, the outbox). */
export async function SettingsStatus({ status }: { status: Status }) {
  const [t, format] = await Promise.all([getTranslations('adminSettings.status'), getFormatter()]);
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card as="section" aria-labelledby="settings-stripe">
        <CardTitle as="h3" id="settings-stripe">{t('stripeTitle')}</CardTitle>
        <p className="mt-3 flex flex-wrap items-center gap-2">
          <Badge tone={status.stripeConfigured ? 'success' : 'warning'}>{status.stripeConfigured ? t('configured') : t('notConfigured')}</Badge>
        </p>
        <p className="mt-2 text-stone-700">{status.stripeConfigured ? t('stripeOn') : t('stripeOff')}</p>
        <p className="mt-2 text-stone-700">
          {status.lastStripeWebhook
            ? t('lastWebhook', { date: format.dateTime(status.lastStripeWebhook.processedAt, { dateStyle: 'medium', timeStyle: 'short' }), type: status.lastStripeWebhook.type })
            : t('noWebhook')}
        </p>
      </Card>
      <Card as="section" aria-labelledby="settings-email">
        <CardTitle as="h3" id="settings-email">{t('emailTitle')}</CardTitle>
        <p className="mt-3">
          <Badge tone={status.smtpConfigured ? 'success' : 'warning'}>{status.smtpConfigured ? t('smtpOn') : t('smtpOff')}</Badge>
        </p>
        <p className="mt-2 text-stone-700">{status.smtpConfigured ? t('smtpOnText') : t('smtpOffText', { count: status.storedEmails })}</p>
        {status.failedEmails > 0 ? <p className="mt-2 font-medium text-red-700">{t('failed', { count: status.failedEmails })}</p> : null}
        <p className="mt-3">
          <Link href="/admin/outbox" className="font-semibold underline underline-offset-4 hover:no-underline">
            {t('outboxLink')}
          </Link>
        </p>
      </Card>
    </div>
  );
}
