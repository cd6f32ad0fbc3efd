// Where an audit entry's subject can be opened in the back office, when it has a page there.

export type AuditLinkInput = {
  action: string;
  entityType: string;
  entityId: string | null;
  data: unknown;
  /** The product of the entry's variant (stock and price entries name a variant), when known. */
  productId?: string | null;
};

function field(data: unknown, key: string): string | number | null {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
  const value = (data as Record<string, unknown>)[key];
  return (typeof value === 'string' && value.length > 0) || typeof value === 'number' ? value : null;
}

/** The admin path of the entry's product, order, customer, staff member or store; null when there is none. */
export function auditEntityHref(entry: AuditLinkInput): string | null {
  const { entityType, entityId, data } = entry;
  const productId = entry.productId ?? field(data, 'productId');
  switch (entityType) {
    case 'product':
      return entityId ? `/admin/products/${entityId}` : null;
    case 'variant':
      return productId ? `/admin/products/${productId}` : null;
    case 'stock':
    case 'stock_transfer':
      return productId ? `/admin/products/${productId}/stock` : null;
    case 'order': {
      // The order pages go by order number; the entries of order actions carry it.
      const number = field(data, 'number');
      return number ? `/admin/orders/${number}` : null;
    }
    case 'user':
      if (!entityId) return null;
      return entry.action.startsWith('customer.') ? `/admin/customers/${entityId}` : `/admin/staff/${entityId}`;
    case 'customer':
      return entityId ? `/admin/customers/${entityId}` : null;
    case 'store':
      return entityId ? `/admin/stores/${entityId}` : null;
    case 'setting':
      return '/admin/settings';
    default:
      return null;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The variant an entry is about (stock and price entries), to find its product. */
export function auditVariantId(entry: Pick<AuditLinkInput, 'entityType' | 'entityId' | 'data'>): string | null {
  const id = entry.entityType === 'stock_transfer' ? field(entry.data, 'variantId') : entry.entityType === 'variant' || entry.entityType === 'stock' ? entry.entityId : null;
  return typeof id === 'string' && UUID.test(id) ? id : null;
}
