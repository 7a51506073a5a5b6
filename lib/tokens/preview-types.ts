/** Shapes shared by the preview actions (server) and the preview panel (browser). */
export interface PreviewTool {
  name: string;
  description: string;
  readOnly: boolean;
  inputSchema: { properties?: Record<string, { type?: string; description?: string }>; required?: string[] };
}
