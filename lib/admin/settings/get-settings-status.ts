import 'server-only';
import { prisma } from '@/lib/db';
import { stripeConfigured } from '@/lib/payments/stripe';

/**
 * The read-only part of the settings page: is Stripe configured and when was its webhook last
 * heard from; is SMTP set, and how many e-mails failed or stayed in the outbox.
 */
export async function getSettingsStatus() {
  const [lastWebhook, failedEmails, storedEmails] = await Promise.all([
    prisma.processedWebhookEvent.findFirst({
      where: { provider: 'stripe' },
      orderBy: { processedAt: 'desc' },
      select: { processedAt: true, type: true },
    }),
    prisma.outboxMessage.count({ where: { status: 'FAILED' } }),
    prisma.outboxMessage.count({ where: { status: 'STORED' } }),
  ]);
  return {
    stripeConfigured: stripeConfigured(),
    lastStripeWebhook: lastWebhook,
    smtpConfigured: Boolean(process.env.SMTP_URL),
    failedEmails,
    storedEmails,
  };
}
