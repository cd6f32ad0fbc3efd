import 'server-only';
import { prisma } from '@/lib/db';
import type { Locale } from '@/lib/generated/prisma/enums';

export async function updateProfile(userId: string, input: { name: string; locale: Locale }): Promise<void> {
  await prisma.user.update({ where: { id: userId }, data: { name: input.name, locale: input.locale } });
}
