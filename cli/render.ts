/** How plans and apply results read on a terminal: one line per config, what changes under it, then a summary. */
import type { ApplyResult, Plan, PlannedConfig } from '../lib/config-plan/plan-schema';

const SIGN: Record<PlannedConfig['action'], string> = {
  create: '+',
  update: '~',
  delete: '-',
  unchanged: ' ',
};
const tools = (n: number) => `${n} tool${n === 1 ? '' : 's'}`;
const short = (d: string) => d.slice(0, 12);

function impactLine(c: PlannedConfig): string {
  const i = c.impact;
  if (!i || c.action === 'create') return '';
  if (c.action === 'delete')
    return `      impact: ${i.users} user(s), ${i.readyNow} ready now lose every tool; ${i.recentTokens} recent token(s)`;
  const parts = [`${i.users} user(s), ${i.readyNow} ready now`];
  if (i.wouldStopBeingReady) parts.push(`${i.wouldStopBeingReady} would stop being ready`);
  if (i.recentTokens) parts.push(`${i.recentTokens} recent token(s) see the change`);
  return `      impact: ${parts.join(', ')}`;
}

export function renderPlan(p: Plan): string {
  const out: string[] = [];
  const from =
    p.source.kind === 'file'
      ? `${p.source.fileName} (${short(p.source.fileDigest)})`
      : `${p.source.fromEnvironment} ${Object.entries(p.source.versions ?? { '': p.source.version })
          .map(([name, v]) => (name ? `${name} v${v}` : `v${v}`))
          .join(', ')}`;
  out.push(
    `Plan for ${p.environment} from ${from}${p.prune ? ', pruning configs the file does not name' : ''}`,
    '',
  );
  const unchanged = p.configs.filter((c) => c.action === 'unchanged');
  for (const c of p.configs.filter((x) => x.action !== 'unchanged')) {
    out.push(`  ${SIGN[c.action]} ${c.action.padEnd(7)} ${c.name}`);
    if (c.diff?.description)
      out.push(
        `      description: ${JSON.stringify(c.diff.description.from)} -> ${JSON.stringify(c.diff.description.to)}`,
      );
    for (const k of c.diff?.connections ?? []) {
      const mode =
        k.from === k.to
          ? ''
          : ` (${k.from === 'none' ? 'added' : k.to === 'none' ? 'removed' : `${k.from} -> ${k.to === 'all' ? 'all tools' : 'chosen tools'}`})`;
      const counts = k.resolved
        ? [
            k.gained.length ? `+${tools(k.gained.length)}` : '',
            k.lost.length ? `-${tools(k.lost.length)}` : '',
          ]
            .filter(Boolean)
            .join(' ')
        : 'tool count unknown';
      out.push(
        `      ${k.kind === 'added' ? '+' : k.kind === 'removed' ? '-' : '~'} ${k.connectionName}${mode}: ${counts || 'no tool change'}`,
      );
      if (k.gained.length && k.gained.length <= 10) out.push(`          gains ${k.gained.join(', ')}`);
      if (k.lost.length && k.lost.length <= 10) out.push(`          loses ${k.lost.join(', ')}`);
    }
    const impact = impactLine(c);
    if (impact) out.push(impact);
  }
  if (unchanged.length) out.push(`    unchanged: ${unchanged.map((c) => c.name).join(', ')}`);
  if (p.problems.length) {
    out.push('', `Problems to fix before applying (${p.problems.length}):`);
    for (const x of p.problems) out.push(`  x ${x.message}`);
  }
  const s = p.summary;
  out.push(
    '',
    p.changes
      ? `Plan: ${s.create} to create, ${s.update} to update, ${s.delete} to delete, ${s.unchanged} unchanged.`
      : `No changes: ${p.environment} already matches the file (${s.unchanged} config(s)).`,
    `Plan digest: ${p.digest}`,
  );
  return `${out.join('\n')}\n`;
}

const STATUS_SIGN: Record<string, string> = {
  applied: 'ok',
  skipped: '==',
  refused: '!!',
  failed: 'xx',
  not_attempted: '..',
};

export function renderApplyLine(c: ApplyResult['configs'][number]): string {
  return `  ${STATUS_SIGN[c.status]} ${c.status.padEnd(13)} ${c.action.padEnd(9)} ${c.name}: ${c.message}`;
}

export function renderApply(r: ApplyResult): string {
  const out = r.configs
    .filter((c) => c.action !== 'unchanged' || c.status !== 'skipped')
    .map(renderApplyLine);
  for (const c of r.configs.filter((x) => x.conflict)) {
    const d = c.conflict!.change;
    out.push(`     ${c.name} changed on the target since the plan:`);
    if (d.description)
      out.push(
        `       description: ${JSON.stringify(d.description.from)} -> ${JSON.stringify(d.description.to)}`,
      );
    for (const k of d.connections)
      out.push(
        `       ${k.connectionName}: ${k.from} -> ${k.to}${k.gained.length ? ` +${k.gained.join(', +')}` : ''}${k.lost.length ? ` -${k.lost.join(', -')}` : ''}`,
      );
  }
  const n = r.counts;
  out.push(
    '',
    r.message,
    `Applied ${n.applied}, skipped ${n.skipped}, refused ${n.refused}, failed ${n.failed}, not attempted ${n.not_attempted}.`,
  );
  return `${out.join('\n')}\n`;
}
