import type { MetadataRoute } from 'next';
import { appUrl } from '@/lib/email/translator';

// Search engines may read the shop and its content; private and per-visitor pages stay out
// (an event guest's cancel page among them). Rules match by prefix: the staff screens are
// "/store/" and "/store$" so that the public /stores page stays readable.
export default function robots(): MetadataRoute.Robots {
  const privatePaths = ['/account', '/cart', '/checkout', '/order', '/order-lookup', '/store/', '/store$', '/admin', '/event-registration', '/api/'];
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: [...privatePaths, ...privatePaths.map((path) => `/en${path}`)] }],
    sitemap: appUrl('/sitemap.xml', 'fi'),
  };
}
