/** Where a store is, as its public pages show it: name, postal address and map coordinates. */
export type StoreAddress = {
  id: string;
  slug: string;
  name: string;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
};
