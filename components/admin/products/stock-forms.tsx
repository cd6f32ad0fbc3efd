'use client';

import { useTranslations } from 'next-intl';
import { adjustStockAction } from '@/lib/actions/admin-stock-adjust';
import { receiveStockAction } from '@/lib/actions/admin-stock-receive';
import { createTransferAction } from '@/lib/actions/admin-stock-transfer-create';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';

type Cell = { variantId: string; storeId: string };

function CellFields({ variantId, storeId }: Cell) {
  return (
    <>
      <input type="hidden" name="variantId" value={variantId} />
      <input type="hidden" name="storeId" value={storeId} />
    </>
  );
}

/** A counted number, or a change (+/-), always with a reason. */
export function AdjustStockForm({ onHand, reserved, ...cell }: Cell & { onHand: number; reserved: number }) {
  const t = useTranslations('adminProducts.stock');
  const { state, pending, onSubmit, errors } = useServerForm(adjustStockAction);
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <CellFields {...cell} />
      <FormField label={t('mode')} error={errors.mode}>
        {(field) => (
          <Select {...field} name="mode" defaultValue="set">
            <option value="set">{t('modeSet')}</option>
            <option value="delta">{t('modeDelta')}</option>
          </Select>
        )}
      </FormField>
      <FormField label={t('quantity')} hint={t('adjustHint', { onHand, reserved })} error={errors.quantity} required>
        {(field) => <Input {...field} name="quantity" inputMode="numeric" defaultValue={String(onHand)} />}
      </FormField>
      <FormField label={t('reason')} hint={t('reasonHint')} error={errors.reason} required>
        {(field) => <Input {...field} name="reason" maxLength={200} />}
      </FormField>
      <ServerFormStatus state={state} />
      <Button type="submit" loading={pending}>
        {t('adjustSubmit')}
      </Button>
    </form>
  );
}

/** Goods arrived from a supplier. */
export function ReceiveStockForm(cell: Cell) {
  const t = useTranslations('adminProducts.stock');
  const { state, pending, onSubmit, errors } = useServerForm(receiveStockAction);
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <CellFields {...cell} />
      <FormField label={t('receiveQuantity')} error={errors.quantity} required>
        {(field) => <Input {...field} name="quantity" inputMode="numeric" />}
      </FormField>
      <FormField label={t('receiveNote')} hint={t('receiveNoteHint')} error={errors.reason}>
        {(field) => <Input {...field} name="reason" maxLength={200} />}
      </FormField>
      <ServerFormStatus state={state} />
      <Button type="submit" loading={pending}>
        {t('receiveSubmit')}
      </Button>
    </form>
  );
}

/** Ask for units to move from this store to another (shipped and received in the transfer list). */
export function TransferStockForm({ variantId, storeId, otherStores }: Cell & { otherStores: { id: string; name: string }[] }) {
  const t = useTranslations('adminProducts.stock');
  const { state, pending, onSubmit, errors } = useServerForm(createTransferAction);
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="variantId" value={variantId} />
      <input type="hidden" name="fromStoreId" value={storeId} />
      <FormField label={t('toStore')} error={errors.toStoreId} required>
        {(field) => (
          <Select {...field} name="toStoreId">
            {otherStores.map((store) => (
              <option key={store.id} value={store.id}>
                {store.name}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField label={t('transferQuantity')} error={errors.quantity} required>
        {(field) => <Input {...field} name="quantity" inputMode="numeric" />}
      </FormField>
      <FormField label={t('transferNote')} error={errors.note}>
        {(field) => <Input {...field} name="note" maxLength={200} />}
      </FormField>
      <ServerFormStatus state={state} />
      <Button type="submit" loading={pending}>
        {t('transferSubmit')}
      </Button>
    </form>
  );
}
