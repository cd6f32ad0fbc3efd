'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { cancelAdminOrderAction } from '@/lib/actions/admin-order-cancel';

/** "Cancel the order…" and a confirmation dialog; the result is announced below the button. */
export function CancelOrderForm({ orderId, number }: { orderId: string; number: number }) {
  const t = useTranslations('adminOrders.cancel');
  const [open, setOpen] = useState(false);
  const { state, pending, onSubmit } = useServerForm(cancelAdminOrderAction, () => setOpen(false));
  const formId = `cancel-order-${orderId}`;
  return (
    <div>
      <Button variant="danger" onClick={() => setOpen(true)} loading={pending}>
        {t('button')}
      </Button>
      <ServerFormStatus state={state} />
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={t('confirmTitle', { number })}
        description={t('confirmText')}
        footer={
          <>
            <Button variant="ghost" onClick={() => setOpen(false)}>
              {t('keep')}
            </Button>
            <Button variant="danger" type="submit" form={formId}>
              {t('confirm')}
            </Button>
          </>
        }
      >
        <form id={formId} onSubmit={onSubmit}>
          <input type="hidden" name="orderId" value={orderId} />
        </form>
      </Dialog>
    </div>
  );
}
