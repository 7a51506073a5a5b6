import { Link } from '@/components/ui/link';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import { compareDiffPath } from '@/lib/compare/page-params';
import type { ConfigCell, ConfigRow } from '@/lib/compare/types';
import { envPath } from '@/lib/environments/paths';
import { BlockersNote } from './blockers-note';
import { ConfigStateLabel } from './state-label';
import type { ColumnHeadings } from './connection-matrix';

const cellLink = 'rounded hover:underline focus-visible:underline';

function ConfigCellView({
  row,
  environment,
  cell,
}: {
  row: ConfigRow;
  environment: string;
  cell: ConfigCell;
}) {
  const where = <span className="sr-only">{` ${row.name} in ${environment}`}</span>;
  if (cell.state === 'differs')
    return (
      <>
        <Link className={cellLink} href={compareDiffPath(row.name, row.reference, environment)}>
          <ConfigStateLabel state="differs" />
          <span className="sr-only">{`: ${row.name} in ${environment} against ${row.reference}, see the diff`}</span>
        </Link>
        <BlockersNote blockers={cell.blockers} />
      </>
    );
  if (cell.state === 'same' && cell.id)
    return (
      <Link className={cellLink} href={envPath(environment, `/configs/${encodeURIComponent(cell.id)}`)}>
        <ConfigStateLabel state="same" />
        {where}
      </Link>
    );
  return (
    <>
      <ConfigStateLabel state={cell.state} />
      <BlockersNote blockers={cell.blockers} />
    </>
  );
}

/** Configs x environments: each config, by name, against its reference version (the baseline's, where it has it). */
export function ConfigMatrix({
  rows,
  columns,
  baseline,
}: {
  rows: ConfigRow[];
  columns: ColumnHeadings;
  baseline: string;
}) {
  return (
    <Table data-testid="config-matrix">
      <THead>
        <Tr>
          <Th>Config</Th>
          {columns.map((c) => (
            <Th key={c.name} plain>
              {c.heading}
            </Th>
          ))}
        </Tr>
      </THead>
      <TBody>
        {rows.map((row) => (
          <Tr key={row.name} data-testid={`config-row-${row.name}`}>
            <Th scope="row" plain className="font-mono text-sm font-normal">
              {row.name}
              {row.reference !== baseline && (
                <span className="block font-sans text-xs text-zinc-500">compared with {row.reference}</span>
              )}
            </Th>
            {columns.map((c) => {
              const cell = row.cells[c.name]!;
              return (
                <Td key={c.name} data-testid={`config-cell-${row.name}-${c.name}`} data-state={cell.state}>
                  <ConfigCellView row={row} environment={c.name} cell={cell} />
                </Td>
              );
            })}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
