/**
 * The request header in which proxy.ts hands pages their own path and query (Next gives server components no
 * URL): where sign-in sends a person back when their session ended. Edge-safe: proxy.ts imports it.
 */
export const PAGE_PATH_HEADER = 'x-console-path';
