import { useTranslations } from 'next-intl';

export default function HomePage() {
  const t = useTranslations('common');
  return <main className="p-4">{t('shopName')}</main>;
}
