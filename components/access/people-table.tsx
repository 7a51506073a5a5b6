import { Badge } from '@/components/ui/badge';
import { RelativeTime } from '@/components/ui/relative-time';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import type { Person } from '@/lib/people/people';
import { EndSessionsButton } from './end-sessions-button';

/** Who has signed in: their role in each environment as it is now, and their sessions that still work. */
export function PeopleTable({ people, you }: { people: Person[]; you: string }) {
  const environments = people[0]?.roles.map((r) => r.environment) ?? [];
  return (
    <Table data-testid="people">
      <THead>
        <tr>
          <Th>Person</Th>
          <Th>Last seen</Th>
          {environments.map((e) => (
            <Th key={e}>Role in {e}</Th>
          ))}
          <Th>Active sessions</Th>
          <Th />
        </tr>
      </THead>
      <TBody>
        {people.map((p) => (
          <Tr key={p.email} data-testid={`person-${p.email}`}>
            <Td>
              <span className="font-medium">{p.email}</span>
              {p.name && p.name !== p.email && <span className="block text-xs text-zinc-500">{p.name}</span>}
            </Td>
            <Td className="text-zinc-500">
              <RelativeTime iso={p.lastSeenAt.toISOString()} past />
            </Td>
            {p.roles.map((r) => (
              <Td key={r.environment}>
                {r.role ? (
                  <Badge tone={r.role === 'admin' ? 'info' : 'neutral'}>{r.role}</Badge>
                ) : (
                  <span className="text-zinc-500">no access</span>
                )}
              </Td>
            ))}
            <Td data-testid="active-sessions">{p.activeSessions}</Td>
            <Td className="text-right">
              {p.activeSessions > 0 && <EndSessionsButton email={p.email} you={p.email === you} />}
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
