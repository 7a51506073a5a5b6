import { z } from 'zod';

/**
 * The plan and apply result as they travel (console API, CLI, OpenAPI document): one zod definition, from which
 * the types are inferred, the CLI validates what the console sends, and the OpenAPI document is generated.
 * Pure: no server code.
 */
// Names here are what the console read from the environment and sends back, not input to validate: any string.
const name = z.string();

const draft = z.object({
  description: z.string(),
  mappings: z.array(z.object({ connectionName: name, allTools: z.boolean(), tools: z.array(z.string()) })),
});

const toolMode = z.enum(['all', 'chosen', 'none']);
export const effectiveDiffSchema = z.object({
  description: z.object({ from: z.string(), to: z.string() }).nullable(),
  connections: z.array(
    z.object({
      connectionName: name,
      kind: z.enum(['added', 'removed', 'changed']),
      from: toolMode,
      to: toolMode,
      gained: z.array(z.string()),
      lost: z.array(z.string()),
      nowAllTools: z.boolean(),
      goneFromCatalog: z.array(z.string()),
      resolved: z.boolean(),
    }),
  ),
  totals: z.object({
    gained: z.number(),
    lost: z.number(),
    goneFromCatalog: z.number(),
    resolved: z.boolean(),
  }),
  empty: z.boolean(),
});

export const userImpactSchema = z.object({
  users: z.number(),
  readyNow: z.number(),
  wouldStopBeingReady: z.number(),
  recentTokens: z.number(),
  instances: z.number().optional(),
});

export const PROBLEM_CODES = [
  'invalid_name',
  'invalid_description',
  'missing_connection',
  'connector_mismatch',
  'unknown_tool',
  'too_many_connections',
  'no_connections',
  'catalog_unavailable',
] as const;

export const planProblemSchema = z.object({
  config: z.string(),
  code: z.enum(PROBLEM_CODES),
  connection: z.string().optional(),
  tools: z.array(z.string()).optional(),
  message: z.string(),
});

export const planSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('file'), fileName: z.string(), fileDigest: z.string() }),
  z.object({
    kind: z.literal('promotion'),
    fromEnvironment: z.string(),
    /** The source version promoted (of the one config; of a release, the highest). */
    version: z.number().int(),
    /** Each promoted config's version in the source, by name: a release's history notes name their own. */
    versions: z.record(z.string(), z.number().int()).optional(),
  }),
]);

export const PLAN_ACTIONS = ['create', 'update', 'unchanged', 'delete'] as const;

export const plannedConfigSchema = z.object({
  name: z.string(),
  action: z.enum(PLAN_ACTIONS),
  /** The target's config id; null for a create. */
  id: z.string().nullable(),
  /** The target's config as planned against (null: absent) and what the plan makes it (null: deleted). */
  before: draft.nullable(),
  after: draft.nullable(),
  /** Fingerprints (hashSnapshot) of `before` and `after`: the guard compares the target with `baseFingerprint`. */
  baseFingerprint: z.string().nullable(),
  fingerprint: z.string().nullable(),
  diff: effectiveDiffSchema.nullable(),
  impact: userImpactSchema.nullable(),
  problems: z.array(planProblemSchema),
});

export const planSchema = z.object({
  formatVersion: z.literal(1),
  environment: z.string(),
  source: planSourceSchema,
  prune: z.boolean(),
  configs: z.array(plannedConfigSchema),
  problems: z.array(planProblemSchema),
  summary: z.object({
    create: z.number(),
    update: z.number(),
    unchanged: z.number(),
    delete: z.number(),
    problems: z.number(),
  }),
  /** True when applying would change something. */
  changes: z.boolean(),
  createdAt: z.string(),
  /** sha256 over everything the plan decides (not `createdAt`): apply runs only the plan with this digest. */
  digest: z.string(),
});

export const APPLY_STATUSES = ['applied', 'skipped', 'refused', 'failed', 'not_attempted'] as const;

export const appliedConfigSchema = z.object({
  name: z.string(),
  action: z.enum(PLAN_ACTIONS),
  status: z.enum(APPLY_STATUSES),
  id: z.string().nullable(),
  message: z.string(),
  /** Refused because the target changed since the plan: what it holds now and the change from the planned base. */
  conflict: z
    .object({
      current: draft.nullable(),
      currentFingerprint: z.string().nullable(),
      change: effectiveDiffSchema,
    })
    .optional(),
});

export const applyResultSchema = z.object({
  digest: z.string(),
  environment: z.string(),
  outcome: z.enum(['applied', 'nothing_to_do', 'stale', 'failed', 'problems']),
  message: z.string(),
  configs: z.array(appliedConfigSchema),
  counts: z.object({
    applied: z.number(),
    skipped: z.number(),
    refused: z.number(),
    failed: z.number(),
    not_attempted: z.number(),
  }),
});

export type ConfigDraftWire = z.infer<typeof draft>;
export type PlanProblem = z.infer<typeof planProblemSchema>;
export type ProblemCode = PlanProblem['code'];
export type PlanSource = z.infer<typeof planSourceSchema>;
export type PlanAction = (typeof PLAN_ACTIONS)[number];
export type PlannedConfig = z.infer<typeof plannedConfigSchema>;
export type Plan = z.infer<typeof planSchema>;
export type ApplyStatus = (typeof APPLY_STATUSES)[number];
export type AppliedConfig = z.infer<typeof appliedConfigSchema>;
export type ApplyResult = z.infer<typeof applyResultSchema>;
