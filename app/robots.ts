import type { MetadataRoute } from 'next';

// Search engines may read the shop and its content; private and per-visitor pages stay out.
export default function robots(): MetadataRoute.Robots {
  const privatePaths = ['/account', '/cart', '/checkout', '/order', '/order-lookup', '/store', '/admin', '/api/'];
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: [...privatePaths, ...privatePaths.map((path) => `/en${path}`)] }],
  };
}
