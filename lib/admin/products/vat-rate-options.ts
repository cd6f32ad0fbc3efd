import 'server-only';
import { getTranslations } from 'next-intl/server';
import { vatRateText } from '@/lib/catalog/vat-rate';
import { VAT_RATES_BP } from '@/lib/money';

/** The VAT select's options: "25,5 % (yleinen)" ... */
export async function vatRateOptions(locale: string) {
  const t = await getTranslations('adminProducts.editor');
  return VAT_RATES_BP.map((rate) => ({ value: rate, label: `${vatRateText(rate, locale)} % ${t(`vatRates.r${rate}`)}` }));
}
