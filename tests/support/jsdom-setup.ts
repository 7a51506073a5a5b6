/**
 * For component tests (`// @vitest-environment jsdom`): jsdom has no matchMedia, which the toaster asks whether
 * the system theme is dark. A no-op in node tests.
 */
if (typeof window !== 'undefined') {
  window.matchMedia ??= (query: string) =>
    ({
      matches: false,
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
    }) as unknown as MediaQueryList;
}
