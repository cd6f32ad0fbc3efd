'use client';

import { useTranslations } from 'next-intl';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import type { FormState } from '@/lib/forms/form-state';
import { ImportProgress } from './import-progress';

type Props = {
  runId: string;
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** Rows with errors in the dry run: importing then needs an explicit confirmation. */
  errorRows: number;
  validRows: number;
  progressUrl: string;
};

/** "Import": with errors, only after ticking "import the valid rows and leave out the rest". */
export function StartImportForm({ runId, action, errorRows, validRows, progressUrl }: Props) {
  const t = useTranslations('adminImport.start');
  const { state, pending, onSubmit, errors } = useServerForm(action);
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4">
      <input type="hidden" name="runId" value={runId} />
      {errorRows > 0 ? (
        <div className="flex flex-col gap-1">
          <div className="flex items-start gap-3">
            <input
              id="import-valid-only"
              type="checkbox"
              name="validOnly"
              required
              aria-describedby={errors.validOnly ? 'import-valid-only-error' : undefined}
              className="mt-1 size-5 accent-brand-700"
            />
            <label htmlFor="import-valid-only" className="font-medium">
              {t('confirmValidOnly', { errorRows, validRows })}
            </label>
          </div>
          {errors.validOnly ? (
            <p id="import-valid-only-error" className="text-sm font-medium text-red-700">
              {errors.validOnly}
            </p>
          ) : null}
        </div>
      ) : null}
      <ServerFormStatus state={state} />
      {pending ? <ImportProgress url={progressUrl} initial={{ status: 'RUNNING', processedRows: 0, totalRows: validRows }} refreshWhenDone={false} /> : null}
      <Button type="submit" loading={pending} className="self-start">
        {errorRows > 0 ? t('submitValidOnly', { validRows }) : t('submit', { validRows })}
      </Button>
    </form>
  );
}
