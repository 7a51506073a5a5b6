/**
 * Next.js hands pages `searchParams` as strings, arrays for repeated keys (`?q=a&q=b`), and even inherited
 * prototype values for keys like `constructor` (`?constructor=1` arrives as `[Object, "1"]`). Pages type them as
 * strings; this makes that true: the first string of each own key, nothing else.
 */
export function singleValues(raw: Record<string, unknown>): Record<string, string | undefined> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    const first = Array.isArray(value) ? value.find((v) => typeof v === 'string') : value;
    if (typeof first === 'string') out[key] = first;
  }
  return out;
}
