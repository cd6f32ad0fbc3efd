import 'server-only';

/** A CSV file download, streamed from an async generator of text chunks. */
export function csvDownload(chunks: AsyncGenerator<string>, fileName: string): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'Cache-Control': 'no-store',
    },
  });
}

/** "products" -> "products-2026-11-24.csv". */
export function datedFileName(base: string): string {
  return `${base}-${new Date().toISOString().slice(0, 10)}.csv`;
}
