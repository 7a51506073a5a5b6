import 'server-only';
import type { ScalekitClient } from '@/lib/scalekit';

export interface PickerTool {
  name: string;
  description: string;
  readOnly: boolean;
  params: { name: string; type: string; required: boolean }[];
}

/** The tools of one connection for the picker: only what it needs (name, description, parameters). */
export async function pickerTools(sk: ScalekitClient, connection: string): Promise<PickerTool[]> {
  const tools = await sk.tools.listAllForConnector(connection);
  return tools.map((t) => ({
    name: t.name,
    description: t.description,
    readOnly: t.readOnly,
    params: Object.entries(t.inputSchema.properties).map(([name, p]) => ({
      name,
      type: p.type ?? 'any',
      required: t.inputSchema.required.includes(name),
    })),
  }));
}
