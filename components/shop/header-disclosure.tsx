'use client';

import { useEffect, useRef, type ReactNode } from 'react';
import { usePathname } from '@/i18n/navigation';
import { cn } from '@/components/ui/cn';

type HeaderDisclosureProps = {
  /** Content of the toggle (a <summary>, exposed as a button with expanded state). */
  summary: ReactNode;
  summaryClassName?: string;
  panelClassName?: string;
  className?: string;
  children: ReactNode;
};

/**
 * A drop-down panel of links on a native <details>, so it works before JavaScript loads. Once
 * hydrated it also closes on Escape (focus back to the toggle), on a click or focus outside it,
 * when one of its links is followed, and on navigation.
 */
export function HeaderDisclosure({
  summary,
  summaryClassName,
  panelClassName,
  className,
  children,
}: HeaderDisclosureProps) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();

  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [pathname]);

  useEffect(() => {
    function close(focusToggle: boolean) {
      const details = ref.current;
      if (!details?.open) return;
      details.open = false;
      if (focusToggle) details.querySelector('summary')?.focus();
    }
    function onPointerDown(event: PointerEvent) {
      if (ref.current && !ref.current.contains(event.target as Node)) close(false);
    }
    function onFocusIn(event: FocusEvent) {
      if (ref.current && !ref.current.contains(event.target as Node)) close(false);
    }
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Escape' || !ref.current?.open) return;
      const inside = ref.current.contains(document.activeElement);
      close(inside);
    }
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, []);

  return (
    <details ref={ref} className={cn('group relative', className)}>
      <summary
        className={cn(
          'flex min-h-11 min-w-11 cursor-pointer list-none items-center justify-center gap-1 rounded-lg px-2 sm:gap-1.5 text-sm font-semibold text-stone-800 hover:bg-stone-100 [&::-webkit-details-marker]:hidden',
          summaryClassName,
        )}
      >
        {summary}
      </summary>
      <div
        onClick={(event) => {
          if ((event.target as HTMLElement).closest('a') && ref.current) ref.current.open = false;
        }}
        className={cn(
          'absolute top-full right-0 z-40 mt-2 w-64 max-w-[calc(100vw-2rem)] rounded-xl border border-stone-200 bg-white p-1.5 shadow-lg',
          panelClassName,
        )}
      >
        {children}
      </div>
    </details>
  );
}
