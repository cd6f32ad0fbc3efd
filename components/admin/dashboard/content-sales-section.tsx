import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import type { ContentSalesRow } from '@/lib/admin/dashboard/get-content-sales';
import { formatCents } from '@/lib/money';
import { DashboardSection } from './dashboard-section';

/** Which stories, guides and event pages bring sales: add-to-cart presses and paid units. */
export async function ContentSalesSection({ content }: { content: ContentSalesRow[] }) {
  const [t, locale] = await Promise.all([getTranslations('adminDashboard.content'), getLocale()]);
  return (
    <DashboardSection title={t('title')} hint={t('hint')}>
      {content.length === 0 ? (
        <p className="text-stone-700">{t('empty')}</p>
      ) : (
        <Table caption={t('caption')} hideCaption>
          <THead>
            <Tr>
              <Th>{t('content')}</Th>
              <Th className="text-right">{t('adds')}</Th>
              <Th className="text-right">{t('sold')}</Th>
              <Th className="text-right">{t('revenue')}</Th>
            </Tr>
          </THead>
          <TBody>
            {content.map((row) => (
              <Tr key={row.contentId}>
                <Td>
                  <Link href={`/admin/content/${row.contentId}`} className="text-brand-800 underline underline-offset-2">
                    {row.title}
                  </Link>{' '}
                  <span className="text-sm text-stone-600">
                    ({t(`types.${row.type}`)}, {row.locale.toUpperCase()})
                  </span>
                </Td>
                <Td className="text-right tabular-nums">{row.adds}</Td>
                <Td className="text-right tabular-nums">{row.unitsSold}</Td>
                <Td className="text-right tabular-nums">{formatCents(row.revenueCents, locale)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </DashboardSection>
  );
}
