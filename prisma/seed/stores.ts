// Two neighbourhood stores and the web warehouse, with Finnish opening hours.
import { newId } from './ids';
import { nextDate } from './time';
import type { SeedDb } from './types';

const hours = (open: string, close: string) => {
  const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
  return { opensAt: minutes(open), closesAt: minutes(close) };
};

// ISO weekdays 1 (Monday) to 7 (Sunday); a missing weekday is closed.
const WEEK = (weekdays: [string, string], saturday?: [string, string], sunday?: [string, string]) => [
  ...[1, 2, 3, 4, 5].map((weekday) => ({ weekday, ...hours(...weekdays) })),
  ...(saturday ? [{ weekday: 6, ...hours(...saturday) }] : []),
  ...(sunday ? [{ weekday: 7, ...hours(...sunday) }] : []),
];

export const STORES = [
  {
    slug: 'jyvaskyla',
    name: 'Pihlajan Puoti Jyväskylä',
    kind: 'STORE' as const,
    street: 'Kauppakatu 21',
    postalCode: '40100',
    city: 'Jyväskylä',
    phone: '+358 14 555 0101',
    email: 'jyvaskyla@pihlajanpuoti.example',
    latitude: 62.2417,
    longitude: 25.7465,
    pickupEnabled: true,
    returnsEnabled: true,
    pickupDeadlineDays: 7,
    preparationMinutes: 60,
    position: 1,
    week: WEEK(['10:00', '19:00'], ['10:00', '17:00'], ['12:00', '16:00']),
  },
  {
    slug: 'tampere',
    name: 'Pihlajan Puoti Tampere',
    kind: 'STORE' as const,
    street: 'Hämeenkatu 14',
    postalCode: '33100',
    city: 'Tampere',
    phone: '+358 3 555 0102',
    email: 'tampere@pihlajanpuoti.example',
    latitude: 61.4981,
    longitude: 23.7628,
    pickupEnabled: true,
    returnsEnabled: true,
    pickupDeadlineDays: 7,
    preparationMinutes: 90,
    position: 2,
    week: WEEK(['10:00', '20:00'], ['10:00', '18:00'], ['12:00', '18:00']),
  },
  {
    slug: 'verkkovarasto',
    name: 'Verkkovarasto',
    kind: 'WAREHOUSE' as const,
    street: 'Varastotie 4',
    postalCode: '40320',
    city: 'Jyväskylä',
    phone: '+358 14 555 0103',
    email: 'varasto@pihlajanpuoti.example',
    latitude: 62.2745,
    longitude: 25.7912,
    pickupEnabled: false,
    returnsEnabled: false,
    pickupDeadlineDays: 7,
    preparationMinutes: 0,
    position: 3,
    week: WEEK(['08:00', '16:00']),
  },
];

export type SeededStores = Record<string, { id: string; kind: 'STORE' | 'WAREHOUSE' }>;

export async function seedStores(db: SeedDb): Promise<SeededStores> {
  const stores = STORES.map(({ week, ...store }) => ({ id: newId('store', store.slug), week, store }));
  await db.store.createMany({ data: stores.map(({ id, store }) => ({ id, ...store })) });
  await db.storeOpeningHours.createMany({
    data: stores.flatMap(({ id, week }) => week.map((day) => ({ storeId: id, ...day }))),
  });

  // Independence Day closed, Christmas Eve short (both stores).
  const shops = stores.filter(({ store }) => store.kind === 'STORE');
  await db.storeOpeningException.createMany({
    data: shops.flatMap(({ id }) => [
      { storeId: id, date: nextDate(12, 6), closed: true, noteFi: 'Itsenäisyyspäivä', noteEn: 'Independence Day' },
      { storeId: id, date: nextDate(12, 24), closed: false, ...hours('09:00', '12:00'), noteFi: 'Jouluaatto', noteEn: 'Christmas Eve' },
    ]),
  });
  return Object.fromEntries(stores.map(({ id, store }) => [store.slug, { id, kind: store.kind }]));
}
