import { descriptionIssues, MAX_CONNECTIONS, nameIssues } from '@/lib/configs/draft-rules';
import type { PlanProblem } from './plan-schema';
import type { ConfigSpec } from './spec';

/**
 * The pre-flight checks: everything that would make a write fail or leave agents without their tools, named per
 * config before anything is written. One function per problem, each pure (the target's connections and catalogs
 * are passed in), so plans, promotions and tests share them.
 */
export interface TargetFacts {
  /** The target's connections by name: the connector (provider slug, lower case) behind each. */
  connectors: ReadonlyMap<string, string>;
  /** Tool names per connection as the target's catalog lists them; absent: the catalog could not be loaded. */
  catalogs: Readonly<Record<string, readonly string[] | undefined>>;
}

export function nameProblems(spec: ConfigSpec): PlanProblem[] {
  return [
    ...nameIssues(spec.name).map((message) => ({
      config: spec.name,
      code: 'invalid_name' as const,
      message,
    })),
    ...descriptionIssues(spec.description).map((message) => ({
      config: spec.name,
      code: 'invalid_description' as const,
      message,
    })),
  ];
}

export function tooManyConnections(spec: ConfigSpec): PlanProblem[] {
  const n = Object.keys(spec.connections).length;
  return n > MAX_CONNECTIONS
    ? [
        {
          config: spec.name,
          code: 'too_many_connections',
          message: `${spec.name} maps ${n} connections; a config can map at most ${MAX_CONNECTIONS}`,
        },
      ]
    : [];
}

/** Scalekit cannot take every connection off a config (an empty list means "unchanged"), and a config with none serves nothing. */
export function noConnections(spec: ConfigSpec): PlanProblem[] {
  return Object.keys(spec.connections).length === 0
    ? [
        {
          config: spec.name,
          code: 'no_connections',
          message: `${spec.name} maps no connection: map at least one, or leave it out of the file and prune`,
        },
      ]
    : [];
}

export function missingConnections(spec: ConfigSpec, target: TargetFacts): PlanProblem[] {
  return Object.keys(spec.connections)
    .filter((c) => !target.connectors.has(c))
    .map((connection) => ({
      config: spec.name,
      code: 'missing_connection' as const,
      connection,
      message: `${spec.name}: the connection ${connection} does not exist in this environment (names must match exactly)`,
    }));
}

export function connectorMismatches(spec: ConfigSpec, target: TargetFacts): PlanProblem[] {
  return Object.entries(spec.connections).flatMap(([connection, c]) => {
    const actual = target.connectors.get(connection);
    if (!c.connector || actual === undefined || actual === c.connector.toLowerCase()) return [];
    return [
      {
        config: spec.name,
        code: 'connector_mismatch' as const,
        connection,
        message: `${spec.name}: ${connection} is backed by ${actual || 'an unknown connector'} in this environment, not ${c.connector}`,
      },
    ];
  });
}

export function unknownTools(spec: ConfigSpec, target: TargetFacts): PlanProblem[] {
  return Object.entries(spec.connections).flatMap(([connection, c]): PlanProblem[] => {
    if (c.tools === 'all' || !target.connectors.has(connection)) return [];
    const catalog = target.catalogs[connection];
    if (!catalog) {
      return [
        {
          config: spec.name,
          code: 'catalog_unavailable' as const,
          connection,
          message: `${spec.name}: the tool catalog of ${connection} could not be loaded, so its tools cannot be checked; try again`,
        },
      ];
    }
    const known = new Set(catalog);
    const absent = c.tools.filter((t) => !known.has(t));
    if (!absent.length) return [];
    return [
      {
        config: spec.name,
        code: 'unknown_tool' as const,
        connection,
        tools: absent,
        message: `${spec.name}: ${connection} has no tool ${absent.join(', ')} in this environment's catalog`,
      },
    ];
  });
}

/** Every problem of one config against the target, in a fixed order. */
export function preflight(spec: ConfigSpec, target: TargetFacts): PlanProblem[] {
  return [
    ...nameProblems(spec),
    ...tooManyConnections(spec),
    ...noConnections(spec),
    ...missingConnections(spec, target),
    ...connectorMismatches(spec, target),
    ...unknownTools(spec, target),
  ];
}
