'use client';

import { useRef, useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { Link, useRouter } from '@/i18n/navigation';
import { bulkAdminProductsAction } from '@/lib/actions/admin-product-bulk';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { useServerForm } from '@/components/forms/use-server-form';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import { ProductStatusBadge } from './status-badge';

export type ProductTableRow = {
  id: string;
  name: string;
  category: string | null;
  status: 'DRAFT' | 'ACTIVE' | 'ARCHIVED';
  price: string;
  variantCount: number;
  available: number;
  stockLabel: string;
  stockTone: 'danger' | 'warning' | 'success';
  updated: string;
};

/** The product rows with checkboxes, and what to do with the selected ones. */
export function ProductTable({ rows, caption }: { rows: ProductTableRow[]; caption: string }) {
  const t = useTranslations('adminProducts.list');
  const tBulk = useTranslations('adminProducts.bulk');
  const formRef = useRef<HTMLFormElement>(null);
  const [operation, setOperation] = useState('publish');
  const { state, pending, onSubmit, errors } = useServerForm(bulkAdminProductsAction);
  // Archiving and price changes touch many products at once: asked once more before they run.
  const [confirming, setConfirming] = useState<{ count: number; percent: string } | null>(null);
  const confirmed = useRef(false);
  const router = useRouter();

  function submit(event: FormEvent<HTMLFormElement>) {
    const data = new FormData(event.currentTarget);
    // "Print shelf labels" only opens the label sheet for the selected products.
    if ((event.nativeEvent as SubmitEvent).submitter?.dataset.labels !== undefined) {
      event.preventDefault();
      router.push({ pathname: '/admin/products/labels', query: { ids: data.getAll('ids').map(String) } });
      return;
    }
    const count = data.getAll('ids').length;
    if (operation !== 'publish' && count > 0 && !confirmed.current) {
      event.preventDefault();
      setConfirming({ count, percent: String(data.get('percent') ?? '') });
      return;
    }
    confirmed.current = false;
    onSubmit(event);
  }

  function confirm() {
    confirmed.current = true;
    setConfirming(null);
    formRef.current?.requestSubmit();
  }

  function selectAll(checked: boolean) {
    formRef.current?.querySelectorAll<HTMLInputElement>('input[name="ids"]').forEach((box) => {
      box.checked = checked;
    });
  }

  return (
    <form ref={formRef} onSubmit={submit} className="flex flex-col gap-4" noValidate>
      <Table caption={caption}>
        <THead>
          <Tr>
            <Th>
              <label className="flex min-h-11 min-w-11 items-center justify-center">
                <input type="checkbox" className="size-5" onChange={(event) => selectAll(event.currentTarget.checked)} />
                <span className="sr-only">{t('selectAll')}</span>
              </label>
            </Th>
            <Th>{t('name')}</Th>
            <Th>{t('status')}</Th>
            <Th>{t('category')}</Th>
            <Th className="text-right">{t('price')}</Th>
            <Th className="text-right">{t('available')}</Th>
            <Th>{t('updated')}</Th>
          </Tr>
        </THead>
        <TBody>
          {rows.map((row) => (
            <Tr key={row.id}>
              <Td>
                <label className="flex min-h-11 min-w-11 items-center justify-center">
                  <input type="checkbox" name="ids" value={row.id} className="size-5" />
                  <span className="sr-only">{t('select', { name: row.name })}</span>
                </label>
              </Td>
              <Td>
                <Link href={`/admin/products/${row.id}`} className="font-medium text-brand-800 underline">
                  {row.name}
                </Link>
                <p className="text-xs text-stone-600">{t('variants', { count: row.variantCount })}</p>
              </Td>
              <Td>
                <ProductStatusBadge status={row.status} />
              </Td>
              <Td>{row.category ?? '–'}</Td>
              <Td className="text-right whitespace-nowrap tabular-nums">{row.price}</Td>
              <Td className="text-right whitespace-nowrap">
                <Link href={`/admin/products/${row.id}/stock`} className="text-brand-800 underline tabular-nums">
                  {row.available}
                </Link>{' '}
                <Badge tone={row.stockTone}>{row.stockLabel}</Badge>
              </Td>
              <Td className="whitespace-nowrap">{row.updated}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      <div className="flex justify-end">
        <Button type="submit" variant="secondary" data-labels="">
          {t('printLabels')}
        </Button>
      </div>
      <fieldset className="grid gap-3 rounded-xl border border-stone-200 bg-white p-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        <legend className="px-1 font-semibold">{tBulk('legend')}</legend>
        <FormField label={tBulk('operation')} error={errors.operation ?? errors.ids}>
          {(field) => (
            <Select {...field} name="operation" value={operation} onChange={(event) => setOperation(event.currentTarget.value)}>
              <option value="publish">{tBulk('publish')}</option>
              <option value="archive">{tBulk('archive')}</option>
              <option value="price">{tBulk('price')}</option>
            </Select>
          )}
        </FormField>
        {operation === 'price' ? (
          <FormField label={tBulk('percent')} hint={tBulk('percentHint')} error={errors.percent} required>
            {(field) => <Input {...field} name="percent" inputMode="decimal" />}
          </FormField>
        ) : (
          <div aria-hidden="true" />
        )}
        <Button type="submit" loading={pending}>
          {tBulk('submit')}
        </Button>
        <ServerFormStatus state={state} />
      </fieldset>
      <Dialog
        open={confirming !== null}
        onClose={() => setConfirming(null)}
        title={tBulk('confirmTitle')}
        description={
          confirming
            ? operation === 'price'
              ? tBulk('confirmPrice', { count: confirming.count, percent: confirming.percent })
              : tBulk('confirmArchive', { count: confirming.count })
            : null
        }
        footer={
          <>
            <Button variant="secondary" onClick={() => setConfirming(null)}>
              {tBulk('confirmCancel')}
            </Button>
            <Button onClick={confirm}>{tBulk('confirmSubmit')}</Button>
          </>
        }
      />
    </form>
  );
}
