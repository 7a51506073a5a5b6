/** Strips anything that looks like a credential from text bound for the audit log or logs. */
const PATTERNS: RegExp[] = [
  /eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g, // JWTs (session tokens)
  /\bskcs_[A-Za-z0-9_-]+/g, // Scalekit client secrets
  /\bmck_[A-Za-z0-9_-]{20,}/g, // the console's API keys
  /\bBearer\s+[A-Za-z0-9._~+/=-]+/gi,
];

export function redact(text: string): string {
  return PATTERNS.reduce((t, re) => t.replace(re, '[redacted]'), text);
}
