import type { ReactNode } from 'react';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import type { ConnectionRow } from '@/lib/compare/types';
import { ConnectionStateLabel } from './state-label';

/** The columns' headers, drawn once by the page (environment, health, baseline link). */
export type ColumnHeadings = { name: string; heading: ReactNode }[];

/** Connections x environments: present, missing, or another connector behind the same name. */
export function ConnectionMatrix({ rows, columns }: { rows: ConnectionRow[]; columns: ColumnHeadings }) {
  return (
    <Table data-testid="connection-matrix">
      <THead>
        <Tr>
          <Th>Connection</Th>
          {columns.map((c) => (
            <Th key={c.name} plain>
              {c.heading}
            </Th>
          ))}
        </Tr>
      </THead>
      <TBody>
        {rows.map((row) => (
          <Tr key={row.name} data-testid={`connection-row-${row.name}`}>
            <Th scope="row" plain className="font-normal">
              <span className="font-mono">{row.name}</span>
              <span className="block text-xs text-zinc-500">{row.provider.toLowerCase()}</span>
            </Th>
            {columns.map((c) => {
              const cell = row.cells[c.name]!;
              return (
                <Td
                  key={c.name}
                  data-testid={`connection-cell-${row.name}-${c.name}`}
                  data-state={cell.state}
                >
                  <ConnectionStateLabel state={cell.state} />
                  {cell.state === 'other-connector' && (
                    <span className="block text-xs text-zinc-500">{cell.provider?.toLowerCase()}</span>
                  )}
                  {cell.usedBy.length > 0 && (
                    <span className="block text-xs text-zinc-500">
                      Used by {cell.usedBy.length} config{cell.usedBy.length === 1 ? '' : 's'}
                    </span>
                  )}
                </Td>
              );
            })}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
