'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { AdjustStockForm, ReceiveStockForm, TransferStockForm } from './stock-forms';

type Props = {
  variantId: string;
  storeId: string;
  /** e.g. "MUG-1 · Jyväskylä", names the dialog and the button. */
  label: string;
  onHand: number;
  reserved: number;
  otherStores: { id: string; name: string }[];
};

/** The actions of one stock cell (adjust, receive goods, transfer to another store), in a dialog. */
export function StockCellDialog({ variantId, storeId, label, onHand, reserved, otherStores }: Props) {
  const t = useTranslations('adminProducts.stock');
  const [open, setOpen] = useState(false);
  const [tab, setTab] = useState<'adjust' | 'receive' | 'transfer'>('adjust');
  const cell = { variantId, storeId };
  return (
    <>
      <Button variant="ghost" size="sm" aria-label={`${t('change')}: ${label}`} onClick={() => setOpen(true)}>
        {t('change')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={label} description={t('cellSummary', { onHand, reserved, available: onHand - reserved })}>
        <div role="group" aria-label={t('chooseAction')} className="mb-4 flex flex-wrap gap-2">
          {(['adjust', 'receive', 'transfer'] as const).map((key) => (
            <Button key={key} size="sm" variant={tab === key ? 'primary' : 'secondary'} aria-pressed={tab === key} onClick={() => setTab(key)}>
              {t(`tabs.${key}`)}
            </Button>
          ))}
        </div>
        {tab === 'adjust' ? <AdjustStockForm {...cell} onHand={onHand} reserved={reserved} /> : null}
        {tab === 'receive' ? <ReceiveStockForm {...cell} /> : null}
        {tab === 'transfer' ? <TransferStockForm {...cell} otherStores={otherStores} /> : null}
      </Dialog>
    </>
  );
}
