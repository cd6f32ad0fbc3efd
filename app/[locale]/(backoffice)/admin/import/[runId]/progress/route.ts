import { getSessionUser } from '@/lib/auth/session';
import { getImportProgress } from '@/lib/import/runs/get-import-run';

// The import page polls this once a second while an import runs: { status, processedRows, totalRows }.
export async function GET(_request: Request, { params }: { params: Promise<{ runId: string }> }) {
  const user = await getSessionUser();
  if (user?.role !== 'OWNER') return Response.json({ error: 'forbidden' }, { status: 403 });
  const { runId } = await params;
  const progress = await getImportProgress(runId);
  if (!progress) return Response.json({ error: 'not found' }, { status: 404 });
  return Response.json(progress, { headers: { 'Cache-Control': 'no-store' } });
}
