/**
 * Agent activity client: tool-call logs and the overview (API.md §10, PREVIEW upstream). An environment
 * without these routes answers 404 or 501 on the collection routes: that becomes a ScalekitError with code
 * `activity_unavailable`, so pages can say "activity is not available for this environment" instead of
 * showing an error. A 404 for one execution id stays a plain not-found.
 */
import { ScalekitError } from './errors';
import type { HttpClient } from './http-client';
import {
  filtersToQuery,
  overviewWire,
  toolCallLogListWire,
  toolCallLogWire,
  type ActivityFilters,
  type ToolCallLog,
} from './activity-types';
import type { Page } from './types';

export type * from './activity-types';

export const ACTIVITY_UNAVAILABLE = 'activity_unavailable';

async function unavailableAsCode<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (err) {
    const e = err as Partial<ScalekitError>;
    if (e?.name === 'ScalekitError' && (e.status === 404 || e.status === 501)) {
      throw new ScalekitError(
        'Agent activity is not available for this environment (its tool-call log routes are in preview)',
        e.status,
        ACTIVITY_UNAVAILABLE,
        e.requestId,
      );
    }
    throw err;
  }
}

export function activityApi(http: HttpClient) {
  return {
    /** Newest first; `pageSize` 1-100 (upstream default 20). */
    async list(
      filters: ActivityFilters = {},
      o: { pageSize?: number; pageToken?: string } = {},
    ): Promise<Page<ToolCallLog>> {
      const r = await unavailableAsCode(
        http.request({
          method: 'GET',
          path: '/api/v1/agentkit/tool_call_logs',
          idempotent: true,
          schema: toolCallLogListWire,
          query: { ...filtersToQuery(filters), page_size: o.pageSize, page_token: o.pageToken },
        }),
      );
      return {
        items: r.tool_call_logs,
        nextPageToken: r.next_page_token,
        prevPageToken: r.prev_page_token,
        totalSize: r.total_size,
      };
    },
    /** One call by its execution id; a ScalekitError with status 404 when unknown. */
    async get(executionId: string): Promise<ToolCallLog> {
      return http.request({
        method: 'GET',
        path: `/api/v1/agentkit/tool_call_logs/${encodeURIComponent(executionId)}`,
        idempotent: true,
        schema: toolCallLogWire,
      });
    },
    /** Totals, top error codes, per-connector counts and a time series (at most 30 buckets) for a range. */
    async overview(
      range: { startTime: string; endTime: string },
      filters: Omit<ActivityFilters, 'startTime' | 'endTime'> = {},
    ) {
      return unavailableAsCode(
        http.request({
          method: 'GET',
          path: '/api/v1/agentkit/analytics/overview',
          idempotent: true,
          schema: overviewWire,
          query: { ...filtersToQuery({ ...filters, ...range }) },
        }),
      );
    },
  };
}
