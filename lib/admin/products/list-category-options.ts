import 'server-only';
import { prisma } from '@/lib/db';

/** Categories for the editor's and the list filter's select, parents before their children. */
export async function listCategoryOptions(locale: string): Promise<{ id: string; label: string }[]> {
  const categories = await prisma.category.findMany({
    select: { id: true, parentId: true, nameFi: true, nameEn: true, position: true },
    orderBy: [{ position: 'asc' }, { nameFi: 'asc' }],
  });
  const name = (c: (typeof categories)[number]) => (locale === 'en' ? c.nameEn : c.nameFi);
  const options: { id: string; label: string }[] = [];
  const visit = (parentId: string | null, depth: number) => {
    if (depth > 5) return;
    for (const category of categories.filter((c) => c.parentId === parentId)) {
      options.push({ id: category.id, label: `${'— '.repeat(depth)}${name(category)}` });
      visit(category.id, depth + 1);
    }
  };
  visit(null, 0);
  return options;
}
