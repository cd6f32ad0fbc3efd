import { cn } from '@/components/ui/cn';
import { sanitizeRichText } from '@/lib/content/sanitize-rich-text';

/**
 * A rich-text block. The HTML was sanitized when it was saved; it is sanitized again here, so
 * that nothing written to the database some other way can run script on the page.
 */
export function RichText({ html, className }: { html: string; className?: string }) {
  return (
    <div
      className={cn(
        'space-y-4 text-lg leading-relaxed text-stone-800 [&_a]:font-medium [&_a]:text-brand-800 [&_a]:underline [&_a]:underline-offset-2 [&_blockquote]:border-l-4 [&_blockquote]:border-brand-200 [&_blockquote]:pl-4 [&_h3]:text-xl [&_h3]:font-semibold [&_h3]:text-stone-900 [&_h4]:font-semibold [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6',
        className,
      )}
      dangerouslySetInnerHTML={{ __html: sanitizeRichText(html) }}
    />
  );
}
