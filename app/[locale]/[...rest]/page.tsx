import { notFound } from 'next/navigation';

// Any path under a locale that no route matches renders the localized app/[locale]/not-found.tsx.
export default function CatchAllPage() {
  notFound();
}
