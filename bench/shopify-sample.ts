// A large Shopify product CSV for the import benchmark and the import-at-scale test.
const SIZES = ['S', 'M', 'L', 'XL'];

/** A Shopify product CSV of `products` products in four sizes each (4 rows per product), with images and stock. */
export function shopifySampleCsv(products: number, handlePrefix = 'tuote'): string {
  const lines = ['Handle,Title,Body (HTML),Vendor,Type,Tags,Status,Option1 Name,Option1 Value,Variant SKU,Variant Price,Variant Inventory Qty,Image Src,Image Alt Text,VAT rate'];
  for (let p = 0; p < products; p++) {
    SIZES.forEach((size, i) => {
      const first = i === 0;
      lines.push(
        [
          `${handlePrefix}-${p}`,
          first ? `Tuote ${p}` : '',
          first ? `<p>Kuvaus ${p}</p>` : '',
          first ? 'Toimittaja Oy' : '',
          first ? `Ryhmä ${p % 20}` : '',
          first ? `"tag-${p % 50}, yhteinen"` : '',
          first ? 'active' : '',
          first ? 'Size' : '',
          size,
          `${handlePrefix.toUpperCase()}-${p}-${size}`,
          `${10 + (p % 90)}.90`,
          String((p + i) % 7),
          first ? `https://cdn.example.com/t/${p}.jpg` : '',
          first ? `Tuote ${p}` : '',
          '25.5',
        ].join(','),
      );
    });
  }
  return lines.join('\n');
}
