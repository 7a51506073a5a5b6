import { errorResponse } from '@/lib/api/route-helpers';
import { requireRoutePermission } from '@/lib/auth/session';
import { getScalekit } from '@/lib/scalekit';

export const dynamic = 'force-dynamic';

/** The tools of one connection for the picker: only what it needs (name, description, parameters). */
export async function GET(_req: Request, { params }: { params: Promise<{ connection: string }> }) {
  const user = await requireRoutePermission('configs:read');
  if (user instanceof Response) return user;
  const { connection } = await params;
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(connection)) {
    return Response.json(
      { error: 'connection must be a connection name (letters, digits, - and _)' },
      { status: 400 },
    );
  }
  try {
    const tools = await getScalekit().tools.listAllForConnector(connection);
    const body = tools.map((t) => ({
      name: t.name,
      description: t.description,
      readOnly: t.readOnly,
      params: Object.entries(t.inputSchema.properties).map(([name, p]) => ({
        name,
        type: p.type ?? 'any',
        required: t.inputSchema.required.includes(name),
      })),
    }));
    // The catalog changes rarely: let the browser reuse it for a few minutes.
    return Response.json({ tools: body }, { headers: { 'cache-control': 'private, max-age=300' } });
  } catch (err) {
    return errorResponse(err);
  }
}
