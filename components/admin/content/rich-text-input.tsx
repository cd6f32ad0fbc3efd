'use client';

import { useRef } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Textarea } from '@/components/ui/textarea';

type Props = { label: string; value: string; onChange: (html: string) => void; error?: string };

type Wrap = { before: string; after: string; placeholder: string; select?: 'placeholder' | 'href' };

/**
 * Rich text as a text area of simple HTML, with buttons that wrap the selection in the few tags
 * the shop keeps (<p>, <strong>, <em>, <a>, lists). Plain and keyboard-friendly; the server
 * sanitizes whatever is typed.
 */
export function RichTextInput({ label, value, onChange, error }: Props) {
  const t = useTranslations('adminContent.richText');
  const tf = useTranslations('adminContent.blocks.fields');
  const area = useRef<HTMLTextAreaElement>(null);

  function wrap({ before, after, placeholder, select = 'placeholder' }: Wrap) {
    const element = area.current;
    if (!element) return;
    const { selectionStart: start, selectionEnd: end } = element;
    const inner = value.slice(start, end) || placeholder;
    const next = value.slice(0, start) + before + inner + after + value.slice(end);
    onChange(next);
    // Put the cursor on what the owner types next: the link's address, or the wrapped text.
    requestAnimationFrame(() => {
      element.focus();
      if (select === 'href') {
        const at = start + before.indexOf('https://') + 'https://'.length;
        element.setSelectionRange(at, at);
      } else {
        element.setSelectionRange(start + before.length, start + before.length + inner.length);
      }
    });
  }

  const tools: { label: string; wrap: Wrap }[] = [
    { label: t('paragraph'), wrap: { before: '<p>', after: '</p>', placeholder: '…' } },
    { label: t('bold'), wrap: { before: '<strong>', after: '</strong>', placeholder: '…' } },
    { label: t('italic'), wrap: { before: '<em>', after: '</em>', placeholder: '…' } },
    { label: t('link'), wrap: { before: '<a href="https://">', after: '</a>', placeholder: '…', select: 'href' } },
    { label: t('bulletList'), wrap: { before: '<ul>\n  <li>', after: '</li>\n</ul>', placeholder: '…' } },
    { label: t('numberedList'), wrap: { before: '<ol>\n  <li>', after: '</li>\n</ol>', placeholder: '…' } },
  ];

  return (
    <FormField label={label} hint={tf('htmlHint')} error={error}>
      {(field) => (
        <div className="flex flex-col gap-2">
          <div role="group" aria-label={t('toolbar')} className="flex flex-wrap gap-1">
            {tools.map((tool) => (
              <Button key={tool.label} size="sm" variant="secondary" onClick={() => wrap(tool.wrap)}>
                {tool.label}
              </Button>
            ))}
          </div>
          <Textarea {...field} ref={area} rows={8} value={value} onChange={(event) => onChange(event.currentTarget.value)} spellCheck />
        </div>
      )}
    </FormField>
  );
}
