import { buildClientSnippets, type Snippet } from '@/lib/tokens/snippets';

/**
 * Snippets for a per-user instance URL: the same builders as the session-token ones, with no header at all
 * (the URL is the credential), so the two ways can never drift apart.
 */
export const buildInstanceSnippets = ({ url, configName }: { url: string; configName: string }): Snippet[] =>
  buildClientSnippets({ serverUrl: url, authorization: null, configName });
