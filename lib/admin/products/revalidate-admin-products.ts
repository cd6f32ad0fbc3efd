import 'server-only';
import { revalidatePath } from 'next/cache';

/** The back office's product pages show the change on their next render (after an action). */
export function revalidateAdminProducts(): void {
  revalidatePath('/[locale]/(backoffice)/admin/products', 'layout');
}
