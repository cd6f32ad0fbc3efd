import { formatMinutes } from '@/lib/stores/format-hours';

/** What the store editor starts with: a store's saved values as form text, or a new store's defaults. */
export type StoreFormValues = {
  storeId: string | null;
  name: string;
  slug: string;
  kind: 'STORE' | 'WAREHOUSE';
  street: string;
  postalCode: string;
  city: string;
  phone: string;
  email: string;
  latitude: string;
  longitude: string;
  pickupEnabled: boolean;
  returnsEnabled: boolean;
  preparationMinutes: string;
  pickupDeadlineDays: string;
  position: string;
  /** By ISO weekday 1..7: null when closed. */
  hours: Record<number, { opens: string; closes: string } | null>;
};

type SavedStore = {
  id: string;
  name: string;
  slug: string;
  kind: 'STORE' | 'WAREHOUSE';
  street: string | null;
  postalCode: string | null;
  city: string | null;
  phone: string | null;
  email: string | null;
  latitude: number | null;
  longitude: number | null;
  pickupEnabled: boolean;
  returnsEnabled: boolean;
  preparationMinutes: number;
  pickupDeadlineDays: number;
  position: number;
  openingHours: readonly { weekday: number; opensAt: number; closesAt: number }[];
};

export function storeFormValues(store: SavedStore | null): StoreFormValues {
  const hours: StoreFormValues['hours'] = {};
  for (let day = 1; day <= 7; day += 1) {
    const saved = store?.openingHours.find((row) => row.weekday === day);
    hours[day] = saved ? { opens: formatMinutes(saved.opensAt), closes: formatMinutes(saved.closesAt) } : store ? null : day <= 5 ? { opens: '10:00', closes: '18:00' } : null;
  }
  return {
    storeId: store?.id ?? null,
    name: store?.name ?? '',
    slug: store?.slug ?? '',
    kind: store?.kind ?? 'STORE',
    street: store?.street ?? '',
    postalCode: store?.postalCode ?? '',
    city: store?.city ?? '',
    phone: store?.phone ?? '',
    email: store?.email ?? '',
    latitude: store?.latitude?.toString() ?? '',
    longitude: store?.longitude?.toString() ?? '',
    pickupEnabled: store?.pickupEnabled ?? true,
    returnsEnabled: store?.returnsEnabled ?? true,
    preparationMinutes: String(store?.preparationMinutes ?? 60),
    pickupDeadlineDays: String(store?.pickupDeadlineDays ?? 7),
    position: String(store?.position ?? 0),
    hours,
  };
}
