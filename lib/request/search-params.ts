/**
 * Next.js hands pages `searchParams` as strings, arrays for repeated keys (`?q=a&q=b`), and even inherited
 * prototype values for keys like `constructor` (`?constructor=1` arrives as `[Object, "1"]`). Pages type them as
 * strings; this makes that true: the first string of each own key, nothing else. A value with a NUL character
 * is dropped too: no filter of ours means one, and PostgreSQL text cannot hold it (`?identifier=%00` was a 500).
 */
export function singleValues(raw: Record<string, unknown>): Record<string, string | undefined> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    const first = Array.isArray(value) ? value.find((v) => typeof v === 'string') : value;
    if (typeof first === 'string' && !first.includes('\u0000')) out[key] = first;
  }
  return out;
}
