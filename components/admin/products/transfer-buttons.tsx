'use client';

import { useTranslations } from 'next-intl';
import { cancelTransferAction } from '@/lib/actions/admin-stock-transfer-cancel';
import { receiveTransferAction } from '@/lib/actions/admin-stock-transfer-receive';
import { shipTransferAction } from '@/lib/actions/admin-stock-transfer-ship';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';

const ACTIONS = { ship: shipTransferAction, receive: receiveTransferAction, cancel: cancelTransferAction };

function TransferButton({ transferId, kind, label }: { transferId: string; kind: keyof typeof ACTIONS; label: string }) {
  const t = useTranslations('adminProducts.transfers');
  const { state, pending, onSubmit } = useServerForm(ACTIONS[kind]);
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-1">
      <input type="hidden" name="transferId" value={transferId} />
      <Button type="submit" size="sm" variant={kind === 'cancel' ? 'ghost' : 'secondary'} loading={pending}>
        {t(kind)}
        <span className="sr-only">: {label}</span>
      </Button>
      <ServerFormStatus state={state} />
    </form>
  );
}

/** What can be done next with a back-office transfer: ship (or cancel) a request, receive goods in transit. */
export function TransferButtons({ transferId, status, label }: { transferId: string; status: string; label: string }) {
  if (status === 'REQUESTED') {
    return (
      <div className="flex flex-wrap gap-2">
        <TransferButton transferId={transferId} kind="ship" label={label} />
        <TransferButton transferId={transferId} kind="cancel" label={label} />
      </div>
    );
  }
  if (status === 'IN_TRANSIT') return <TransferButton transferId={transferId} kind="receive" label={label} />;
  return null;
}
