/**
 * Ready-to-paste client snippets, from one source of truth for both ways of handing an agent its tools: a
 * shared server URL with a session token (`buildSnippets`) and a per-user instance URL that needs no header
 * (`lib/instances/snippets.ts`, the same builders with no headers). The TypeScript, LangChain JS and curl ones
 * are run against the emulator by the tests (tests/tokens/snippet-typescript.test.ts,
 * tests/instances/instance-snippets.test.ts).
 */
export interface Snippet {
  id: 'typescript' | 'langchain-python' | 'langchain-js' | 'inspector' | 'curl' | 'claude-desktop';
  label: string;
  language: string;
  code: string;
}

const q = (s: string) => JSON.stringify(s);
const serverKey = (configName: string) => configName.replace(/[^a-zA-Z0-9_-]/g, '_') || 'scalekit';

/** The one builder: `authorization` is the bearer header value, or null for an instance URL (no headers). */
export function buildClientSnippets({
  serverUrl,
  authorization,
  configName,
}: {
  serverUrl: string;
  authorization: string | null;
  configName: string;
}): Snippet[] {
  const name = serverKey(configName);
  const auth = authorization;
  return [
    {
      id: 'typescript',
      label: 'TypeScript MCP SDK',
      language: 'typescript',
      code: `// Run: npm install @modelcontextprotocol/sdk && npx tsx agent.mts
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

const transport = new StreamableHTTPClientTransport(new URL(${q(serverUrl)})${
        auth ? `, {\n  requestInit: { headers: { Authorization: ${q(auth)} } },\n}` : ''
      });
const client = new Client({ name: 'my-agent', version: '1.0.0' });
await client.connect(transport);
const { tools } = await client.listTools();
for (const tool of tools) console.log(tool.name);
await client.close();
`,
    },
    // LangChain 1.x's agent: create_agent replaces LangGraph's create_react_agent, deprecated in LangGraph 1.x.
    {
      id: 'langchain-python',
      label: 'LangChain (Python)',
      language: 'python',
      code: `# Run: pip install langchain-mcp-adapters "langchain[openai]"
#      OPENAI_API_KEY=... python agent.py
import asyncio

from langchain_mcp_adapters.client import MultiServerMCPClient
from langchain.agents import create_agent


async def main():
    client = MultiServerMCPClient({
        ${q(name)}: {
            "transport": "streamable_http",
            "url": ${q(serverUrl)},${auth ? `\n            "headers": {"Authorization": ${q(auth)}},` : ''}
        }
    })
    tools = await client.get_tools()
    for tool in tools:
        print(tool.name)
    agent = create_agent("openai:gpt-4.1", tools)
    result = await agent.ainvoke(
        {"messages": [{"role": "user", "content": "What can you do for me with these tools?"}]}
    )
    print(result["messages"][-1].content)


if __name__ == "__main__":
    asyncio.run(main())
`,
    },
    {
      id: 'langchain-js',
      label: 'LangChain (JS)',
      language: 'typescript',
      code: `// Run: npm install @langchain/mcp-adapters && npx tsx agent.mts
import { MultiServerMCPClient } from '@langchain/mcp-adapters';

const client = new MultiServerMCPClient({
  mcpServers: {
    ${q(name)}: {
      transport: 'http',
      url: ${q(serverUrl)},${auth ? `\n      headers: { Authorization: ${q(auth)} },` : ''}
    },
  },
});
const tools = await client.getTools();
for (const tool of tools) console.log(tool.name);
await client.close();
`,
    },
    {
      id: 'inspector',
      label: 'MCP Inspector',
      language: 'shell',
      code: `npx @modelcontextprotocol/inspector --cli ${q(serverUrl)} \\
  --transport http --method tools/list${auth ? ` \\\n  --header ${q(`Authorization: ${auth}`)}` : ''}
`,
    },
    {
      id: 'curl',
      label: 'curl (initialize)',
      language: 'shell',
      code: `curl -sS ${q(serverUrl)} \\
  -H 'Content-Type: application/json' \\
  -H 'Accept: application/json, text/event-stream' \\${auth ? `\n  -H ${q(`Authorization: ${auth}`)} \\` : ''}
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
            [name]: auth
              ? {
                  command: 'npx',
                  // mcp-remote mangles spaces inside args: the header value comes from an env variable instead.
                  args: ['-y', 'mcp-remote', serverUrl, '--header', 'Authorization:${AUTH_HEADER}'],
                  env: { AUTH_HEADER: auth },
                }
              : { command: 'npx', args: ['-y', 'mcp-remote', serverUrl] },
          },
        },
        null,
        2,
      )}
`,
    },
  ];
}

/** A shared server URL with a session token in the Authorization header. */
export const buildSnippets = ({
  serverUrl,
  token,
  configName,
}: {
  serverUrl: string;
  token: string;
  configName: string;
}): Snippet[] => buildClientSnippets({ serverUrl, authorization: `Bearer ${token}`, configName });
