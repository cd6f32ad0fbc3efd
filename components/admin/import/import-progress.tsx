'use client';

import { useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';

type Progress = { status: 'DRY_RUN' | 'RUNNING' | 'DONE' | 'FAILED'; processedRows: number; totalRows: number };

type Props = {
  /** The run's progress address (JSON), polled once a second. */
  url: string;
  initial: Progress;
  /** Reload the page when the run ends (false while a form's own action will navigate). */
  refreshWhenDone?: boolean;
};

/** The import's progress bar: rows processed of the total, updated every second. */
export function ImportProgress({ url, initial, refreshWhenDone = true }: Props) {
  const t = useTranslations('adminImport.progress');
  const router = useRouter();
  const [progress, setProgress] = useState(initial);

  useEffect(() => {
    let stopped = false;
    const timer = setInterval(async () => {
      try {
        const response = await fetch(url, { cache: 'no-store' });
        if (!response.ok || stopped) return;
        const next = (await response.json()) as Progress;
        setProgress(next);
        if ((next.status === 'DONE' || next.status === 'FAILED') && refreshWhenDone) {
          clearInterval(timer);
          router.refresh();
        }
      } catch {
        // A missed poll is fine: the next one comes in a second.
      }
    }, 1000);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [url, refreshWhenDone, router]);

  const total = Math.max(progress.totalRows, 1);
  const percent = Math.floor((progress.processedRows / total) * 100);
  return (
    <div className="flex flex-col gap-2">
      <label htmlFor="import-progress" className="font-medium">
        {t('label', { processed: progress.processedRows, total: progress.totalRows, percent })}
      </label>
      <progress id="import-progress" max={total} value={progress.processedRows} className="h-3 w-full accent-brand-700" />
      <p className="text-sm text-stone-700">{t('keepOpen')}</p>
    </div>
  );
}
