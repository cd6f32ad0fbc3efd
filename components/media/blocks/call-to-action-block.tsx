import { buttonClasses, ButtonLink } from '@/components/ui/button';
import type { AppLocale } from '@/i18n/routing';
import type { BlockOf } from '@/lib/content/blocks';
import { localizeSectionPath } from '@/lib/content/content-paths';

/**
 * A link styled as a button. A path in this shop ("/events") is written in the reader's
 * language (/tapahtumat, /en/events); an outside address is a plain link.
 */
export function CallToActionBlock({ block, locale }: { block: BlockOf<'callToAction'>; locale: AppLocale }) {
  const internal = block.href.startsWith('/');
  return (
    <p className="my-2">
      {internal ? (
        <ButtonLink href={localizeSectionPath(block.href, locale)} locale={locale} size="lg">
          {block.text}
        </ButtonLink>
      ) : (
        <a href={block.href} rel="noopener noreferrer" className={buttonClasses({ size: 'lg' })}>
          {block.text}
        </a>
      )}
    </p>
  );
}
