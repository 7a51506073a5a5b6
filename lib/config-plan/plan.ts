import 'server-only';
import { ActionError } from '@/lib/errors/action-error';
import { effectiveDiff, type CatalogNames } from '@/lib/configs/diff';
import { hashSnapshot, snapshotOf } from '@/lib/configs/normalize';
import type { ConfigDraft } from '@/lib/configs/schema';
import type { McpConfig, ScalekitClient } from '@/lib/scalekit';
import { sha256 } from './digest';
import { loadPlanImpacts } from './plan-impact';
import type { Plan, PlannedConfig, PlanSource } from './plan-schema';
import { preflight, type TargetFacts } from './problems';
import { draftOf, sortSpecs, type ConfigSpec } from './spec';

export interface PlanInput {
  /** What the target should hold: from a file, or the configs being promoted. */
  desired: ConfigSpec[];
  /** The target environment's client. */
  target: ScalekitClient;
  /** The target environment's name (recorded in the plan and its digest). */
  environment: string;
  /** Delete the target's configs that `desired` does not name. */
  prune: boolean;
  source: PlanSource;
  /** Count user impact per changed config (account list calls per connection); default true. */
  impact?: boolean;
  now?: () => number;
}

const EMPTY: ConfigDraft = { description: '', mappings: [] };
const connectionsOf = (d: ConfigDraft | null) => (d ? d.mappings.map((m) => m.connectionName) : []);

/** The target's configs and connections: list calls only. */
async function loadTarget(sk: ScalekitClient) {
  const [configs, connections] = await Promise.all([sk.configs.listAll(), sk.connections.listAll()]);
  return {
    configs: new Map(configs.map((c) => [c.name, c])),
    connectors: new Map(connections.map((c) => [c.name, c.provider.toLowerCase()])),
  };
}

/** Tool names of each connection's catalog, once per connection (cached on the client); a failure is left out. */
async function loadCatalogs(sk: ScalekitClient, connections: string[]): Promise<CatalogNames> {
  const entries = await Promise.all(
    connections.map(async (c) => {
      const tools = await sk.tools.listAllForConnector(c).catch(() => undefined);
      return [c, tools?.map((t) => t.name)] as const;
    }),
  );
  return Object.fromEntries(entries.filter(([, t]) => t !== undefined));
}

/**
 * What applying `desired` to the target would do, decided before anything is written: per config create,
 * update, unchanged or (with prune) delete, with the effective-tool diff, the pre-flight problems, the user
 * impact and the fingerprints the write will be guarded with; a digest over all of it. Upstream cost: the
 * configs and connections lists, one catalog per connection involved in a change, and (for impact) the account
 * lists of those connections; never a call per config or per tool.
 */
export async function plan(input: PlanInput): Promise<Plan> {
  const now = input.now ?? Date.now;
  const desired = sortSpecs(input.desired);
  const names = new Set<string>();
  for (const s of desired) {
    if (names.has(s.name)) throw new ActionError(`${s.name} appears twice in what to apply`);
    names.add(s.name);
  }
  const sk = input.target;
  const target = await loadTarget(sk);

  type Draft = {
    spec: ConfigSpec | null;
    existing: McpConfig | undefined;
    before: ConfigDraft | null;
    after: ConfigDraft | null;
  };
  const drafts: Draft[] = desired.map((spec) => {
    const existing = target.configs.get(spec.name);
    return { spec, existing, before: existing ? snapshotOf(existing) : null, after: draftOf(spec) };
  });
  if (input.prune) {
    const gone = [...target.configs.values()].filter((c) => !names.has(c.name));
    gone.sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const c of gone) drafts.push({ spec: null, existing: c, before: snapshotOf(c), after: null });
  }
  const actionOf = (d: Draft): PlannedConfig['action'] =>
    !d.after
      ? 'delete'
      : !d.before
        ? 'create'
        : hashSnapshot(d.before) === hashSnapshot(d.after)
          ? 'unchanged'
          : 'update';
  const changed = drafts.filter((d) => actionOf(d) !== 'unchanged');

  const involved = [
    ...new Set(changed.flatMap((d) => [...connectionsOf(d.before), ...connectionsOf(d.after)])),
  ]
    .filter((c) => target.connectors.has(c))
    .sort();
  const impactItems = changed
    .filter((d) => d.existing)
    .map((d) => ({
      configId: d.existing!.id,
      current: connectionsOf(d.before),
      next: d.after ? connectionsOf(d.after) : null,
    }));
  const [catalogs, impacts] = await Promise.all([
    loadCatalogs(sk, involved),
    input.impact === false
      ? Promise.resolve(new Map())
      : loadPlanImpacts(sk, impactItems, new Set(target.connectors.keys()), now()),
  ]);
  const facts: TargetFacts = { connectors: target.connectors, catalogs };

  const configs: PlannedConfig[] = drafts.map((d) => {
    const action = actionOf(d);
    const name = d.spec?.name ?? d.existing!.name;
    const problems = d.spec && action !== 'unchanged' ? preflight(d.spec, facts) : [];
    const noUsers = { users: 0, readyNow: 0, wouldStopBeingReady: 0, recentTokens: 0 };
    return {
      name,
      action,
      id: d.existing?.id ?? null,
      before: d.before,
      after: d.after,
      baseFingerprint: d.before ? hashSnapshot(d.before) : null,
      fingerprint: d.after ? hashSnapshot(d.after) : null,
      diff: action === 'unchanged' ? null : effectiveDiff(d.before ?? EMPTY, d.after ?? EMPTY, catalogs),
      impact:
        action === 'unchanged' || input.impact === false
          ? null
          : d.existing
            ? (impacts.get(d.existing.id) ?? null)
            : noUsers,
      problems,
    };
  });
  const problems = configs.flatMap((c) => c.problems);
  const count = (a: PlannedConfig['action']) => configs.filter((c) => c.action === a).length;
  const decided = {
    formatVersion: 1 as const,
    environment: input.environment,
    source: input.source,
    prune: input.prune,
    configs,
    problems,
    summary: {
      create: count('create'),
      update: count('update'),
      unchanged: count('unchanged'),
      delete: count('delete'),
      problems: problems.length,
    },
    changes: changed.length > 0,
  };
  return { ...decided, createdAt: new Date(now()).toISOString(), digest: planDigest(decided) };
}

/** The digest covers what the plan decides and what the guard will check, not the impact counts or the time. */
export function planDigest(
  p: Pick<Plan, 'formatVersion' | 'environment' | 'source' | 'prune' | 'configs' | 'problems'>,
) {
  return sha256(
    JSON.stringify([
      p.formatVersion,
      p.environment,
      p.source,
      p.prune,
      p.configs.map((c) => [c.name, c.action, c.id, c.baseFingerprint, c.fingerprint]),
      p.problems.map((x) => [x.config, x.code, x.connection ?? '', x.message]),
    ]),
  );
}
