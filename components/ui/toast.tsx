'use client';

import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useTranslations } from 'next-intl';
import { cn } from './cn';
import { AlertIcon, CheckIcon, CloseIcon, InfoIcon } from './icons';

export type ToastTone = 'success' | 'error' | 'info';
export type ToastInput = string | { message: string; tone?: ToastTone; duration?: number };

type ToastItem = { id: string; message: string; tone: ToastTone; duration: number };

type ToastContextValue = {
  /** Shows a message; returns its id. Default tone 'info'; it disappears after `duration` ms. */
  toast: (input: ToastInput) => string;
  dismiss: (id: string) => void;
};

const ToastContext = createContext<ToastContextValue | null>(null);

const DEFAULT_DURATION = 6000;
const ERROR_DURATION = 10000;
const MAX_VISIBLE = 3;

/** Mount once (the root layout does); then call useToast() anywhere below. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const t = useTranslations('ui.toast');
  const [items, setItems] = useState<ToastItem[]>([]);
  const counter = useRef(0);

  const dismiss = useCallback((id: string) => {
    setItems((current) => current.filter((item) => item.id !== id));
  }, []);

  const toast = useCallback((input: ToastInput) => {
    const options = typeof input === 'string' ? { message: input } : input;
    const tone = options.tone ?? 'info';
    counter.current += 1;
    const id = `toast-${counter.current}`;
    const duration = options.duration ?? (tone === 'error' ? ERROR_DURATION : DEFAULT_DURATION);
    setItems((current) => [...current, { id, message: options.message, tone, duration }].slice(-MAX_VISIBLE));
    return id;
  }, []);

  const value = useMemo(() => ({ toast, dismiss }), [toast, dismiss]);

  return (
    <ToastContext.Provider value={value}>
      {children}
      <section
        aria-label={t('region')}
        className="pointer-events-none fixed inset-x-0 bottom-0 z-50 flex justify-center p-4 sm:justify-end"
      >
        <ol aria-live="polite" aria-relevant="additions text" className="flex w-full max-w-sm flex-col gap-2">
          {items.map((item) => (
            <ToastMessage key={item.id} item={item} onDismiss={dismiss} dismissLabel={t('dismiss')} />
          ))}
        </ol>
      </section>
    </ToastContext.Provider>
  );
}

export function useToast(): ToastContextValue {
  const value = useContext(ToastContext);
  if (!value) throw new Error('useToast() needs a <ToastProvider> above it');
  return value;
}

const toneStyles: Record<ToastTone, string> = {
  success: 'border-green-700/40 text-green-800',
  error: 'border-red-700/40 text-red-800',
  info: 'border-stone-300 text-stone-800',
};

const toneIcons = { success: CheckIcon, error: AlertIcon, info: InfoIcon } as const;

function ToastMessage({
  item,
  onDismiss,
  dismissLabel,
}: {
  item: ToastItem;
  onDismiss: (id: string) => void;
  dismissLabel: string;
}) {
  // Pauses while the pointer is over the message or focus is inside it (WCAG 2.2.1).
  const [paused, setPaused] = useState(false);
  const remaining = useRef(item.duration);

  useEffect(() => {
    if (paused) return;
    const started = Date.now();
    const timer = window.setTimeout(() => onDismiss(item.id), remaining.current);
    return () => {
      window.clearTimeout(timer);
      remaining.current = Math.max(1000, remaining.current - (Date.now() - started));
    };
  }, [paused, item.id, onDismiss]);

  const Icon = toneIcons[item.tone];
  return (
    <li
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
      className={cn(
        'pointer-events-auto flex items-start gap-3 rounded-xl border bg-white py-2 pr-2 pl-4 shadow-lg',
        toneStyles[item.tone],
      )}
    >
      <Icon className="mt-2.5 size-5 shrink-0" />
      <p className="flex-1 py-2 text-sm font-medium">{item.message}</p>
      <button
        type="button"
        onClick={() => onDismiss(item.id)}
        className="inline-flex size-11 shrink-0 items-center justify-center rounded-lg text-stone-700 hover:bg-stone-100"
      >
        <CloseIcon className="size-4" />
        <span className="sr-only">{dismissLabel}</span>
      </button>
    </li>
  );
}
