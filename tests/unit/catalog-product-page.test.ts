import { describe, expect, it } from 'vitest';
import { centsToDecimal, jsonLdScript, productJsonLd } from '@/lib/catalog/product-json-ld';
import type { ProductPageData } from '@/lib/catalog/types';
import { combines, pickVariant, variantFromSku, variantOptions } from '@/lib/catalog/variant-options';
import { vatRateText } from '@/lib/catalog/vat-rate';

const variant = (sku: string, size: string | null, colour: string | null, priceCents = 2900) => ({
  id: sku.toLowerCase(), sku, size, colour, priceCents, compareAtCents: null, vatRateBp: 2550,
});

// A jacket in S and M blue and M red: there is no red S.
const variants = [variant('S-BLUE', 'S', 'sininen'), variant('M-BLUE', 'M', 'sininen'), variant('M-RED', 'M', 'punainen', 3100)];

describe('the variant picker', () => {
  it('offers the sizes and colours the variants come in', () => {
    expect(variantOptions(variants)).toEqual({ sizes: ['S', 'M'], colours: ['sininen', 'punainen'] });
  });

  it('keeps the other attribute when that combination exists', () => {
    expect(pickVariant(variants, variants[1], { colour: 'punainen' }).sku).toBe('M-RED');
    expect(pickVariant(variants, variants[2], { size: 'M' }).sku).toBe('M-RED');
  });

  it('switches the other attribute when the combination does not exist', () => {
    expect(pickVariant(variants, variants[2], { size: 'S' }).sku).toBe('S-BLUE');
    expect(combines(variants, variants[2], { size: 'S' })).toBe(false);
    expect(combines(variants, variants[0], { colour: 'punainen' })).toBe(false);
    expect(combines(variants, variants[1], { colour: 'punainen' })).toBe(true);
  });

  it('reads ?variant=SKU, falling back to the first variant', () => {
    expect(variantFromSku(variants, 'M-RED').sku).toBe('M-RED');
    expect(variantFromSku(variants, 'NOPE').sku).toBe('S-BLUE');
    expect(variantFromSku(variants, null).sku).toBe('S-BLUE');
  });
});

describe('vatRateText', () => {
  it('writes the rate as Finnish shoppers read it', () => {
    expect(vatRateText(2550, 'fi')).toBe('25,5');
    expect(vatRateText(2550, 'en')).toBe('25.5');
    expect(vatRateText(1400, 'fi')).toBe('14');
    expect(vatRateText(0, 'fi')).toBe('0');
  });
});

describe('productJsonLd', () => {
  const product: ProductPageData = {
    id: 'p1',
    slug: 'tuulitakki',
    name: 'Kevyt tuulitakki',
    description: 'Kevyt ja pakattava.',
    vendor: 'Neulomo Lanka',
    finalSale: false,
    categoryPath: [{ id: 'c1', slug: 'ulkoilu', name: 'Ulkoilu' }],
    images: [{ url: '/demo/products/tuulitakki.svg', alt: 'Takki', width: 400, height: 400 }],
    variants,
  };

  it('writes prices as decimal strings without floating point', () => {
    expect([centsToDecimal(1290), centsToDecimal(5), centsToDecimal(100000), centsToDecimal(1999)]).toEqual(['12.90', '0.05', '1000.00', '19.99']);
  });

  it('gives one offer per variant with its price, EUR, availability and its own URL', () => {
    const data = productJsonLd({
      product,
      url: 'https://shop.example/product/tuulitakki',
      imageUrls: ['https://shop.example/demo/products/tuulitakki.svg'],
      sellable: { 's-blue': 3, 'm-blue': 0 },
      shopName: 'Pihlajan Puoti',
    });
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: 'Kevyt tuulitakki',
      brand: { '@type': 'Brand', name: 'Neulomo Lanka' },
      image: ['https://shop.example/demo/products/tuulitakki.svg'],
    });
    expect(data.offers.map((o) => [o.sku, o.price, o.priceCurrency, o.availability, o.url])).toEqual([
      ['S-BLUE', '29.00', 'EUR', 'https://schema.org/InStock', 'https://shop.example/product/tuulitakki?variant=S-BLUE'],
      ['M-BLUE', '29.00', 'EUR', 'https://schema.org/OutOfStock', 'https://shop.example/product/tuulitakki?variant=M-BLUE'],
      ['M-RED', '31.00', 'EUR', 'https://schema.org/OutOfStock', 'https://shop.example/product/tuulitakki?variant=M-RED'],
    ]);
  });

  it('cannot close its script element early', () => {
    const script = jsonLdScript({ name: '</script><script>alert(1)</script>' });
    expect(script).not.toContain('</script>');
    expect(JSON.parse(script)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
