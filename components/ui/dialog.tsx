'use client';

import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { cn } from './cn';
import { CloseIcon } from './icons';

export type DialogProps = {
  /** Controlled: the parent owns the state. */
  open: boolean;
  /** Called on every close (Escape, close button, backdrop click, or `open` set to false). */
  onClose: () => void;
  /** Names the dialog (aria-labelledby). */
  title: ReactNode;
  /** Describes the dialog (aria-describedby). */
  description?: ReactNode;
  children?: ReactNode;
  /** Buttons row at the bottom, e.g. cancel + confirm. */
  footer?: ReactNode;
  size?: 'sm' | 'md' | 'lg';
  /** Close when the dimmed backdrop is clicked. Default true. */
  closeOnBackdropClick?: boolean;
  className?: string;
};

const widths = { sm: 'max-w-sm', md: 'max-w-lg', lg: 'max-w-2xl' } as const;

/**
 * A modal on the native <dialog> (showModal): focus is trapped by the browser, the rest of the
 * page is inert, Escape closes, and focus returns to the element that opened it.
 *
 *   const [open, setOpen] = useState(false);
 *   <Button onClick={() => setOpen(true)}>…</Button>
 *   <Dialog open={open} onClose={() => setOpen(false)} title={t('title')}>…</Dialog>
 */
export function Dialog({
  open,
  onClose,
  title,
  description,
  children,
  footer,
  size = 'md',
  closeOnBackdropClick = true,
  className,
}: DialogProps) {
  const t = useTranslations('ui.dialog');
  const ref = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLElement | null>(null);
  const onCloseRef = useRef(onClose);
  const baseId = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const titleId = `dialog-title${baseId}`;
  const descriptionId = `dialog-desc${baseId}`;

  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  // Keep the native dialog in step with `open`.
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      openerRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  // Escape fires "cancel" then "close"; every way of closing ends in "close".
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    function handleClose() {
      const opener = openerRef.current;
      openerRef.current = null;
      if (opener && opener.isConnected) opener.focus();
      onCloseRef.current();
    }
    dialog.addEventListener('close', handleClose);
    return () => {
      dialog.removeEventListener('close', handleClose);
      if (dialog.open) dialog.close();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onClick={(event) => {
        // A click on the backdrop targets the <dialog> itself (the panel inside covers the box).
        if (closeOnBackdropClick && event.target === event.currentTarget) ref.current?.close();
      }}
      className={cn(
        'ui-dialog m-auto w-[calc(100%-2rem)] rounded-xl bg-white p-0 text-stone-900 shadow-xl',
        widths[size],
        className,
      )}
    >
      {open ? (
        <div className="flex max-h-[85dvh] flex-col">
          <div className="flex items-start justify-between gap-4 border-b border-stone-200 px-4 py-3 sm:px-6">
            <h2 id={titleId} className="pt-2 text-lg font-semibold">
              {title}
            </h2>
            <button
              type="button"
              onClick={() => ref.current?.close()}
              className="-mr-2 inline-flex size-11 shrink-0 items-center justify-center rounded-lg text-stone-700 hover:bg-stone-100"
            >
              <CloseIcon />
              <span className="sr-only">{t('close')}</span>
            </button>
          </div>
          <div className="overflow-y-auto px-4 py-4 sm:px-6">
            {description ? (
              <p id={descriptionId} className="mb-4 text-stone-700">
                {description}
              </p>
            ) : null}
            {children}
          </div>
          {footer ? (
            <div className="flex flex-col-reverse gap-2 border-t border-stone-200 px-4 py-3 sm:flex-row sm:justify-end sm:px-6">
              {footer}
            </div>
          ) : null}
        </div>
      ) : null}
    </dialog>
  );
}
