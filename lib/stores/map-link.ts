// A link that opens a store on a map: OpenStreetMap at its coordinates, or a search for its address.
import type { StoreAddress } from './store-address';

export function storeMapUrl(store: Pick<StoreAddress, 'latitude' | 'longitude' | 'street' | 'postalCode' | 'city'>): string | null {
  if (store.latitude !== null && store.longitude !== null) {
    const { latitude: lat, longitude: lon } = store;
    return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;
  }
  const address = [store.street, [store.postalCode, store.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return address ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}` : null;
}
