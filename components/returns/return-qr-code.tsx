import { useTranslations } from 'next-intl';
import { returnQrText } from '@/lib/returns/return-qr';

/**
 * The return's QR code (an SVG made on the server by returnQrSvg) with the code written under it,
 * so the desk can scan it or type it.
 */
export function ReturnQrCode({ number, svg }: { number: number; svg: string }) {
  const t = useTranslations('returns.done');
  const code = returnQrText(number);
  return (
    <figure className="flex flex-col items-center gap-2 rounded-xl border border-stone-200 bg-white p-4">
      <div
        role="img"
        aria-label={t('qrAlt', { code })}
        className="w-56 max-w-full bg-white [&>svg]:block [&>svg]:h-auto [&>svg]:w-full"
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      <figcaption className="text-center">
        <span className="block text-sm text-stone-700">{t('codeLabel')}</span>
        <span className="block text-3xl font-bold tracking-wider text-stone-900 tabular-nums">{code}</span>
      </figcaption>
    </figure>
  );
}
