/** The mint form's lifetimes. Apart from the zod schemas so the browser bundle stays free of zod. */
export const EXPIRY_PRESETS = [
  { label: '1 minute', seconds: 60 },
  { label: '15 minutes', seconds: 900 },
  { label: '1 hour', seconds: 3600 },
  { label: '8 hours', seconds: 28_800 },
  { label: '24 hours', seconds: 86_400 },
] as const;
