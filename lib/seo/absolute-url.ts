// Search engines, feeds and social previews need absolute addresses; content stores paths
// (/uploads/x.jpg, /demo/...). Paths are joined to the shop's own address.
import 'server-only';
import { appUrl } from '@/lib/email/translator';

export function absoluteUrl(pathOrUrl: string): string {
  return /^https?:\/\//i.test(pathOrUrl) ? pathOrUrl : appUrl(pathOrUrl.startsWith('/') ? pathOrUrl : `/${pathOrUrl}`, 'fi');
}
