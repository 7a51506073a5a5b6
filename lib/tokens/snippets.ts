/**
 * Ready-to-paste client snippets, from one source of truth. The TypeScript one is a complete program that the
 * test suite runs against the emulator (tests/tokens/snippet-typescript.test.ts).
 */
export interface Snippet {
  id: 'typescript' | 'langchain-python' | 'langchain-js' | 'inspector' | 'curl' | 'claude-desktop';
  label: string;
  language: string;
  code: string;
}

const q = (s: string) => JSON.stringify(s);

export function buildSnippets({
  serverUrl,
  token,
  configName,
}: {
  serverUrl: string;
  token: string;
  configName: string;
}): Snippet[] {
  const name = configName.replace(/[^a-zA-Z0-9_-]/g, '_') || 'scalekit';
  return [
    {
      id: 'typescript',
      label: 'TypeScript MCP SDK',
      language: 'typescript',
      code: `import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

const transport = new StreamableHTTPClientTransport(new URL(${q(serverUrl)}), {
  requestInit: { headers: { Authorization: ${q(`Bearer ${token}`)} } },
});
const client = new Client({ name: 'my-agent', version: '1.0.0' });
await client.connect(transport);
const { tools } = await client.listTools();
for (const tool of tools) console.log(tool.name);
await client.close();
`,
    },
    {
      id: 'langchain-python',
      label: 'LangChain (Python)',
      language: 'python',
      code: `from langchain_mcp_adapters.client import MultiServerMCPClient

client = MultiServerMCPClient({
    ${q(name)}: {
        "transport": "streamable_http",
        "url": ${q(serverUrl)},
        "headers": {"Authorization": ${q(`Bearer ${token}`)}},
    }
})
tools = await client.get_tools()
`,
    },
    {
      id: 'langchain-js',
      label: 'LangChain (JS)',
      language: 'typescript',
      code: `import { MultiServerMCPClient } from '@langchain/mcp-adapters';

const client = new MultiServerMCPClient({
  mcpServers: {
    ${q(name)}: {
      transport: 'http',
      url: ${q(serverUrl)},
      headers: { Authorization: ${q(`Bearer ${token}`)} },
    },
  },
});
const tools = await client.getTools();
`,
    },
    {
      id: 'inspector',
      label: 'MCP Inspector',
      language: 'shell',
      code: `npx @modelcontextprotocol/inspector --cli ${q(serverUrl)} \\
  --transport http --method tools/list \\
  --header ${q(`Authorization: Bearer ${token}`)}
`,
    },
    {
      id: 'curl',
      label: 'curl (initialize)',
      language: 'shell',
      code: `curl -sS ${q(serverUrl)} \\
  -H 'Content-Type: application/json' \\
  -H 'Accept: application/json, text/event-stream' \\
  -H ${q(`Authorization: Bearer ${token}`)} \\
  -d '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"curl","version":"1.0.0"}}}'
`,
    },
    {
      id: 'claude-desktop',
      label: 'Claude Desktop (mcp-remote)',
      language: 'json',
      code: `${JSON.stringify(
        {
          mcpServers: {
            [name]: {
              command: 'npx',
              // mcp-remote mangles spaces inside args: the header value comes from an env variable instead.
              args: ['-y', 'mcp-remote', serverUrl, '--header', 'Authorization:${AUTH_HEADER}'],
              env: { AUTH_HEADER: `Bearer ${token}` },
            },
          },
        },
        null,
        2,
      )}
`,
    },
  ];
}
