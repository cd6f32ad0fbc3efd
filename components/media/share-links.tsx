import { useTranslations } from 'next-intl';

/** Share links with the page's address: plain links, no third-party script on the page. */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  const t = useTranslations('media.share');
  const u = encodeURIComponent(url);
  const links = [
    { key: 'email', href: `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(t('emailBody', { title, url }))}` },
    { key: 'facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { key: 'x', href: `https://x.com/intent/post?url=${u}&text=${encodeURIComponent(title)}` },
    { key: 'whatsapp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
  ] as const;
  return (
    <section aria-labelledby="share-title">
      <h2 id="share-title" className="text-lg font-semibold text-stone-900">
        {t('title')}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {links.map((link) => (
          <li key={link.key}>
            <a
              href={link.href}
              rel="noopener noreferrer"
              className="inline-flex min-h-11 items-center rounded-full border border-stone-300 px-4 font-medium text-brand-800 hover:bg-brand-50 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
            >
              {t(link.key)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
