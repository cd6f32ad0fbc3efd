// Rendered with HTTP 403 when a page, action or route calls forbidden() (experimental.authInterrupts).
// See components/shop/plain-error-page.tsx: the three error pages share one client module.
export { ForbiddenPage as default } from '@/components/shop/plain-error-page';
