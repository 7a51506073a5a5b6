import { describe, expect, it } from 'vitest';
import { parseConfigFile } from './parse-file';
import { specOf } from './spec';
import { formatConfigFile } from './write-file';

const configs = [
  {
    id: 'cfg_2',
    name: 'sales',
    description: 'CRM\nresearch: and outreach',
    mcpServerUrl: 'https://example/mcp/2',
    mappings: [
      {
        connectionName: 'slack',
        connectionId: 'c1',
        provider: 'SLACK',
        tools: ['slack_send_message', 'slack_list_channels'],
      },
      { connectionName: 'hubspot', connectionId: 'c2', provider: 'HUBSPOT', tools: [] },
    ],
  },
  {
    id: 'cfg_1',
    name: 'mail',
    description: '',
    mcpServerUrl: 'https://example/mcp/1',
    mappings: [{ connectionName: 'gmail', connectionId: 'c3', provider: 'GMAIL', tools: ['b', 'a'] }],
  },
];

describe('export format', () => {
  it('is stable: names, connections and tools in order, connector kept, no ids or URLs', () => {
    const yaml = formatConfigFile(configs.map(specOf), 'yaml');
    expect(yaml)
      .toBe(`# MCP configs as code (MCP Console). See what applying a change would do: npx mcp-console plan --file <this file>
version: 1
configs:
  mail:
    description: ""
    connections:
      gmail:
        connector: gmail
        tools:
          - a
          - b
  sales:
    description: |-
      CRM
      research: and outreach
    connections:
      hubspot:
        connector: hubspot
        tools: all
      slack:
        connector: slack
        tools:
          - slack_list_channels
          - slack_send_message
`);
    expect(formatConfigFile([...configs].reverse().map(specOf), 'yaml')).toBe(yaml);
    expect(yaml).not.toMatch(/cfg_|https?:/);
  });

  it('reads back to the same bytes, YAML and JSON', () => {
    for (const format of ['yaml', 'json'] as const) {
      const text = formatConfigFile(configs.map(specOf), format);
      const parsed = parseConfigFile(text);
      expect(parsed.ok).toBe(true);
      if (parsed.ok) expect(formatConfigFile(parsed.specs, format)).toBe(text);
    }
  });
});
