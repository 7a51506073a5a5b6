import { Badge } from '@/components/ui/badge';
import { RelativeTime } from '@/components/ui/relative-time';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import type { ApiKeyView } from '@/lib/api-keys/store';
import { RevokeKeyButton } from './revoke-key-button';

const TONE = { active: 'success', expired: 'danger', revoked: 'neutral' } as const;

/** The operators' keys: never the key, only its first characters, with who made it and when it was last used. */
export function KeysTable({ keys }: { keys: ApiKeyView[] }) {
  return (
    <Table data-testid="api-keys">
      <THead>
        <tr>
          <Th>Name</Th>
          <Th>Key</Th>
          <Th>Role</Th>
          <Th>Environments</Th>
          <Th>Created</Th>
          <Th>Expires</Th>
          <Th>Last used</Th>
          <Th>State</Th>
          <Th />
        </tr>
      </THead>
      <TBody>
        {keys.map((k) => {
          return (
            <Tr key={k.id} data-testid={`api-key-${k.name}`}>
              <Td className="font-medium">{k.name}</Td>
              <Td className="font-mono text-xs">{k.prefix}…</Td>
              <Td>{k.role}</Td>
              <Td>{k.environments.join(', ')}</Td>
              <Td className="text-zinc-500">
                <RelativeTime iso={k.createdAt.toISOString()} past /> by {k.createdBy}
              </Td>
              <Td className="text-zinc-500">{k.expiresAt.toISOString().slice(0, 10)}</Td>
              <Td className="text-zinc-500">
                {k.lastUsedAt ? <RelativeTime iso={k.lastUsedAt.toISOString()} past /> : 'never'}
              </Td>
              <Td>
                <Badge tone={TONE[k.state]}>{k.state}</Badge>
              </Td>
              <Td className="text-right">
                {k.state === 'active' && <RevokeKeyButton id={k.id} name={k.name} />}
              </Td>
            </Tr>
          );
        })}
      </TBody>
    </Table>
  );
}
