// schema.org Store data for the stores page: address, contacts, position and weekly hours.
import type { WeeklyHours } from '@/lib/catalog/opening-hours';
import { formatMinutes } from '@/lib/stores/format-hours';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export type StoreJsonLdInput = {
  name: string;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  phone: string | null;
  email: string | null;
  latitude: number | null;
  longitude: number | null;
  weekly: readonly WeeklyHours[];
};

/** `url` is the stores page's absolute address; `shopName` names the chain the store belongs to. */
export function storeJsonLd(store: StoreJsonLdInput, url: string, shopName: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Store',
    name: store.name,
    url,
    parentOrganization: { '@type': 'Organization', name: shopName },
    telephone: store.phone ?? undefined,
    email: store.email ?? undefined,
    address: {
      '@type': 'PostalAddress',
      streetAddress: store.street ?? undefined,
      postalCode: store.postalCode ?? undefined,
      addressLocality: store.city ?? undefined,
      addressCountry: 'FI',
    },
    geo:
      store.latitude !== null && store.longitude !== null
        ? { '@type': 'GeoCoordinates', latitude: store.latitude, longitude: store.longitude }
        : undefined,
    openingHoursSpecification: store.weekly.map((day) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: `https://schema.org/${DAYS[day.weekday - 1]}`,
      opens: formatMinutes(day.opensAt),
      closes: formatMinutes(day.closesAt),
    })),
  };
}
