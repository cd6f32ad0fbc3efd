import { countCartItems } from '@/lib/cart/count-cart-items';
import { resolveCartRef } from '@/lib/cart/resolve-cart-ref';

// The header badge's number, fetched by the browser so that shop pages stay cacheable.
export async function GET() {
  const cartRef = await resolveCartRef();
  const count = cartRef ? await countCartItems(cartRef) : 0;
  return Response.json({ count }, { headers: { 'Cache-Control': 'no-store' } });
}
