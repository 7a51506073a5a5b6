import { z } from 'zod';

/**
 * Validators for configuration values, shared by the deployment-wide variables (lib/env-schema.ts) and each
 * environment's own (lib/env-environments.ts), so one value means the same thing and fails with the same words
 * wherever it is set. Messages never echo a value: several of these are secrets.
 */

export const scalekitUrl = z
  .url({ protocol: /^https?$/, message: 'must be a URL such as https://acme.scalekit.dev' })
  .transform((u) => u.replace(/\/+$/, ''));

export const onOff = z
  .enum(['on', 'off', 'true', 'false', '1', '0'], { message: 'use on or off' })
  .optional()
  .transform((v) => (v === undefined ? undefined : v === 'on' || v === 'true' || v === '1'));

/** Comma-separated, trimmed and lower-cased; not checked (the deployment-wide lists have always taken anything). */
export const csv = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean),
  );

const looksLikeEmail = (s: string) => /^[^\s@,]+@[^\s@,]+$/.test(s);

/** Comma-separated email addresses, each checked, so a typo does not silently lock someone out. */
export const emailList = csv.superRefine((list, ctx) => {
  for (const e of list.filter((x) => !looksLikeEmail(x))) {
    ctx.addIssue({
      code: 'custom',
      message: `"${e}" is not an email address (separate addresses with commas)`,
    });
  }
});

export const emailArray = z
  .array(z.string().trim().toLowerCase().refine(looksLikeEmail, { message: 'is not an email address' }))
  .default([]);

export const timeoutMs = z.coerce
  .number({ message: 'must be a number of milliseconds' })
  .int({ message: 'must be a whole number of milliseconds' })
  .min(100, { message: 'must be at least 100 (milliseconds)' })
  .max(120_000, { message: 'must be at most 120000 (milliseconds)' });

// Standard Webhooks secret as Scalekit shows it.
export const webhookSecret = z
  .string()
  .regex(/^whsec_[A-Za-z0-9+/]+={0,2}$/, {
    message: 'must be whsec_ followed by base64, as Scalekit shows it',
    abort: true,
  })
  .refine((v) => Buffer.from(v.slice('whsec_'.length), 'base64').length >= 16, {
    message: 'is too short: the part after whsec_ must decode to at least 16 bytes',
  });

export const roleClaim = z.string().trim().min(1, { message: 'must name an ID-token claim' });

/** A configuration mistake: the variable to fix (or the file) and what to do. */
export const problem = (variable: string, message: string) => `${variable}: ${message}`;

/** The first issue of a failed parse, in words (zod's path inside the value, when there is one). */
export function issueText(error: z.ZodError): string {
  const i = error.issues[0];
  const where = i?.path.length
    ? `${i.path.map((p) => (typeof p === 'number' ? `[${p}]` : p)).join('.')} `
    : '';
  return `${where}${i?.message ?? 'is not valid'}`.replace(/\.\[/g, '[');
}

/** A percentage threshold such as 95 or 99.5 (a trailing % is allowed). */
export const percentThreshold = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().replace(/%$/, '') : v),
  z.coerce
    .number({ message: 'must be a percentage such as 95' })
    .min(0, { message: 'must be between 0 and 100' })
    .max(100, { message: 'must be between 0 and 100' }),
);
