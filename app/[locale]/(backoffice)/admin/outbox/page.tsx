import { getFormatter, getTranslations } from 'next-intl/server';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { requireOwner } from '@/lib/auth/require';
import { listOutbox } from '@/lib/email/list-outbox';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { FormStatus } from '@/components/ui/form-status';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';

type Props = { params: Promise<{ locale: string }> };

const TONES: Record<string, BadgeTone> = { PENDING: 'info', SENDING: 'info', SENT: 'success', STORED: 'neutral', FAILED: 'danger' };

export async function generateMetadata({ params }: Props) {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'admin.outbox' });
  return { title: t('title') };
}

export default async function OutboxPage({ params }: Props) {
  await pageLocale(params);
  await requireOwner('/admin/outbox');
  const [messages, t, format] = await Promise.all([listOutbox(), getTranslations('admin.outbox'), getFormatter()]);
  return (
    <div>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-1 text-stone-700">{t('intro')}</p>
      <FormStatus className="mt-4" message={process.env.SMTP_URL ? t('smtpOn') : t('smtpOff')} tone="success" />
      {messages.length === 0 ? (
        <EmptyState className="mt-6" title={t('empty')} />
      ) : (
        <Table caption={t('caption')} wrapperClassName="mt-6">
          <THead>
            <Tr>
              <Th>{t('created')}</Th>
              <Th>{t('to')}</Th>
              <Th>{t('subject')}</Th>
              <Th>{t('status')}</Th>
            </Tr>
          </THead>
          <TBody>
            {messages.map((message) => (
              <Tr key={message.id}>
                <Td className="whitespace-nowrap">{format.dateTime(message.createdAt, { dateStyle: 'short', timeStyle: 'short' })}</Td>
                <Td>{message.toEmail}</Td>
                <Td>
                  <details>
                    <summary className="cursor-pointer font-medium">{message.subject}</summary>
                    <pre className="mt-2 max-w-prose text-sm whitespace-pre-wrap">{message.text}</pre>
                  </details>
                </Td>
                <Td>
                  <Badge tone={TONES[message.status]}>{t(`statuses.${message.status}`)}</Badge>
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </div>
  );
}
