'use client';

// The error boundary below the root layout (a client component, as Next requires).
// See components/shop/plain-error-page.tsx: the three error pages share one client module.
export { ErrorBoundaryPage as default } from '@/components/shop/plain-error-page';
