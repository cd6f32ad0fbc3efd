// Where the returns desk's screens live (locale-free; pass them to the locale-aware Link/redirect).

export function deskPath(storeSlug: string): string {
  return `/store/${storeSlug}/returns`;
}

export function deskReturnPath(storeSlug: string, returnNumber: number | string): string {
  return `${deskPath(storeSlug)}/${returnNumber}`;
}

export function deskWalkInPath(storeSlug: string, orderNumber: number | string): string {
  return `${deskPath(storeSlug)}/order/${orderNumber}`;
}

export function deskSearchPath(storeSlug: string, query: string): string {
  return `${deskPath(storeSlug)}?q=${encodeURIComponent(query)}`;
}
