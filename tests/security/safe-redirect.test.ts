/**
 * The one redirect rule against a corpus of known open-redirect payloads: every one of them either falls back
 * home or stays a path on the console's own origin, and what a browser makes of the answer (resolving it against
 * the page, as Location and router navigation do) is always the console's origin.
 */
import { describe, expect, it } from 'vitest';
import { safeExternalUrl, safeRedirectPath, safeRedirectUrl } from '@/lib/security/safe-redirect';

const ORIGIN = 'https://console.example.com';

// Each of these has sent someone off-site through some framework's "same-site path" check.
export const OPEN_REDIRECT_PAYLOADS = [
  '//evil.example',
  '///evil.example',
  '////evil.example/x',
  '/\\evil.example',
  '\\\\evil.example',
  '\\/evil.example',
  '/\\/evil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  '/\r\n/evil.example',
  '\t//evil.example',
  ' //evil.example',
  '/%09/evil.example',
  '/%5Cevil.example',
  '/%2F%2Fevil.example',
  '%2F%2Fevil.example',
  '//%65vil.example',
  'https:evil.example',
  'https:/evil.example',
  'http://evil.example',
  'https://evil.example/sign-in',
  'HTTPS://EVIL.EXAMPLE',
  'https://console.example.com@evil.example',
  'https://console.example.com.evil.example/',
  '//console.example.com@evil.example',
  'https://evil.example\\@console.example.com',
  '/\\console.example.com@evil.example',
  'https://xn--cnsole-4ya.example.com', // IDN look-alike (punycode)
  'https://cоnsole.example.com', // Cyrillic о
  'https://console.example.com:8443/',
  'http://console.example.com/',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'mailto:someone@evil.example',
  '/.//evil.example',
  '/./\\evil.example',
  '/..//evil.example',
  '/x/../\\evil.example',
  '\u3002evil.example',
  '//evil%E3%80%82example',
  '/%0d%0aLocation:%20https://evil.example',
];

/** Where a browser goes when told to go to `answer` from a page on the console. */
const landing = (answer: string) => new URL(answer, `${ORIGIN}/sign-in`);

describe('safeRedirectPath', () => {
  it.each(OPEN_REDIRECT_PAYLOADS.map((p) => [JSON.stringify(p), p]))(
    '%s never leaves the console',
    (_label, payload) => {
      const answer = safeRedirectPath(payload, ORIGIN);
      expect(answer.startsWith('/')).toBe(true);
      expect(answer).not.toMatch(/^[/\\]{2}/);
      expect(answer).not.toMatch(/[\t\r\n]/);
      expect(landing(answer).origin).toBe(ORIGIN);
      expect(new URL(safeRedirectUrl(payload, ORIGIN)).origin).toBe(ORIGIN);
    },
  );

  it('keeps same-origin paths with their query and fragment', () => {
    expect(safeRedirectPath('/configs?q=gmail#top', ORIGIN)).toBe('/configs?q=gmail#top');
    expect(safeRedirectPath('/users/bob%40example.com', ORIGIN)).toBe('/users/bob%40example.com');
    expect(safeRedirectPath('configs', ORIGIN)).toBe('/configs'); // relative to the origin's root
    expect(safeRedirectPath(`${ORIGIN}/audit?x=1`, ORIGIN)).toBe('/audit?x=1');
  });

  it('falls back home for everything that is not a string path', () => {
    for (const bad of [undefined, null, 42, {}, '', 'x'.repeat(5000), 'http://[']) {
      expect(safeRedirectPath(bad, ORIGIN)).toBe('/');
    }
    expect(safeRedirectPath('//evil.example', ORIGIN, '/configs')).toBe('/configs');
  });

  it('goes off-site for none of the payloads even on a plain-http local origin', () => {
    const local = 'http://127.0.0.1:3000';
    for (const p of OPEN_REDIRECT_PAYLOADS) {
      expect(new URL(safeRedirectPath(p, local), `${local}/sign-in`).origin, JSON.stringify(p)).toBe(local);
    }
  });
});

describe('safeExternalUrl (addresses Scalekit gives us, such as the provider page)', () => {
  it('accepts http(s) only, without userinfo', () => {
    expect(safeExternalUrl('https://auth.scalekit.dev/magic/abc?x=1')).toBe(
      'https://auth.scalekit.dev/magic/abc?x=1',
    );
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,x',
      '//evil.example',
      '/relative',
      'https://user:pw@evil.example',
      'ftp://x.example',
      42,
    ]) {
      expect(safeExternalUrl(bad), String(bad)).toBeNull();
    }
  });
});
