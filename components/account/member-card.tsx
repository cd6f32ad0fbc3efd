import QRCode from 'qrcode';
import { getTranslations } from 'next-intl/server';
import { Card, CardTitle } from '@/components/ui/card';
import { memberCode } from '@/lib/counter/member-code';

/**
 * The customer's code for the store counter: a QR code (and the same as text) that staff scan to
 * attach a sale, a hand-over or a return to this account. It works as a screenshot too.
 */
export async function MemberCard({ userId }: { userId: string }) {
  const t = await getTranslations('account.memberCard');
  const code = memberCode(userId);
  // Drawn here from our own text by the qrcode library: markup we made, safe to inline.
  const svg = await QRCode.toString(code, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, width: 200 });
  return (
    <Card as="section" aria-labelledby="member-card-title">
      <CardTitle id="member-card-title" className="mb-2">
        {t('title')}
      </CardTitle>
      <p className="mb-3 text-stone-700">{t('intro')}</p>
      <div className="flex flex-wrap items-center gap-4">
        <div role="img" aria-label={t('qr')} className="size-50 shrink-0 bg-white" dangerouslySetInnerHTML={{ __html: svg }} />
        <p className="min-w-0 text-sm">
          {t('asText')}
          <code data-member-code className="mt-1 block font-mono break-all">
            {code}
          </code>
        </p>
      </div>
    </Card>
  );
}
