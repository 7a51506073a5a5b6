/**
 * Date formatters built once per page. Building an Intl formatter is costly (a `toLocaleString` call builds one
 * each time), and a page of calls or accounts formats hundreds of times while it hydrates: measured on the user
 * page, a fresh formatter per relative time cost a quarter of a second of main thread at 4x CPU slowdown.
 */
export const relativeFormat = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** What `new Date(iso).toLocaleString()` shows, in the reader's own locale. */
export const localDateTime = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** 24-hour "14:05". */
export const clockTime = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
