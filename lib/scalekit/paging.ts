/**
 * Walks a paged list to the end (or `maxPages`, so a misbehaving upstream cannot loop forever). The one paging
 * loop: every `listAll` and every "all accounts of X" goes through it.
 */
export async function collectPages<T>(
  fetchPage: (pageToken: string | undefined) => Promise<{ items: T[]; nextPageToken: string }>,
  maxPages: number,
  onPage?: () => void,
): Promise<T[]> {
  const out: T[] = [];
  let pageToken: string | undefined;
  for (let i = 0; i < maxPages; i++) {
    const page = await fetchPage(pageToken);
    onPage?.();
    out.push(...page.items);
    if (!page.nextPageToken) break;
    pageToken = page.nextPageToken;
  }
  return out;
}
