import 'server-only';
import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { EDITABLE_CONTENT_TYPES, type EditableContentType } from './content-schemas';

export const CONTENT_STATUSES = ['DRAFT', 'SCHEDULED', 'PUBLISHED'] as const;
export type AdminContentStatus = (typeof CONTENT_STATUSES)[number];
export type AdminContentFilters = { type?: EditableContentType; status?: AdminContentStatus };

export type AdminContentRow = {
  id: string;
  type: EditableContentType;
  locale: 'fi' | 'en';
  title: string;
  slug: string;
  status: AdminContentStatus;
  scheduledAt: Date | null;
  updatedAt: Date;
  /** The other language's version, when there is one. */
  translation: { id: string; locale: 'fi' | 'en'; status: AdminContentStatus } | null;
};

/** The filters of the content list from the query string (anything unknown is ignored). */
export function readContentFilters(query: Record<string, string | string[] | undefined>): AdminContentFilters {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const type = first(query.type);
  const status = first(query.status);
  return {
    type: EDITABLE_CONTENT_TYPES.find((t) => t === type),
    status: CONTENT_STATUSES.find((s) => s === status),
  };
}

const MAX_ROWS = 500;

/** Stories, guides and event pages for the back office, newest change first. */
export async function listAdminContent(filters: AdminContentFilters): Promise<AdminContentRow[]> {
  const where: Prisma.ContentWhereInput = { type: filters.type ?? { in: [...EDITABLE_CONTENT_TYPES] }, status: filters.status };
  const rows = await prisma.content.findMany({
    where,
    select: { id: true, type: true, locale: true, title: true, slug: true, status: true, scheduledAt: true, updatedAt: true, translationGroupId: true },
    orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
    take: MAX_ROWS,
  });
  const siblings = await prisma.content.findMany({
    where: { translationGroupId: { in: rows.map((row) => row.translationGroupId) } },
    select: { id: true, locale: true, status: true, translationGroupId: true },
  });
  return rows.map(({ translationGroupId, ...row }) => {
    const other = siblings.find((s) => s.translationGroupId === translationGroupId && s.id !== row.id);
    return { ...row, type: row.type as EditableContentType, translation: other ? { id: other.id, locale: other.locale, status: other.status } : null };
  });
}
