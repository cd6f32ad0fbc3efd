// See components/shop/plain-error-page.tsx: the three error pages share one client module.
export { NotFoundPage as default } from '@/components/shop/plain-error-page';
