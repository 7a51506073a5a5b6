import { describe, expect, it } from 'vitest';
import { canonicalRedirect } from './canonical-host';

const at = (u: string) => new URL(u);

describe('canonicalRedirect', () => {
  it('sends another loopback name to the canonical address, keeping path and query', () => {
    expect(
      canonicalRedirect(at('http://localhost:3000/sign-in?callbackUrl=%2Fusers'), 'http://127.0.0.1:3000')
        ?.href,
    ).toBe('http://127.0.0.1:3000/sign-in?callbackUrl=%2Fusers');
    expect(canonicalRedirect(at('http://127.0.0.1:3000/'), 'http://localhost:3000')?.href).toBe(
      'http://localhost:3000/',
    );
    expect(canonicalRedirect(at('http://[::1]:3000/configs'), 'http://localhost:3000')?.href).toBe(
      'http://localhost:3000/configs',
    );
  });

  it('leaves the canonical host, real host names, other ports and an unset AUTH_URL alone', () => {
    expect(canonicalRedirect(at('http://127.0.0.1:3000/'), 'http://127.0.0.1:3000')).toBeNull();
    expect(canonicalRedirect(at('http://console.example.com/'), 'http://localhost:3000')).toBeNull();
    expect(canonicalRedirect(at('http://localhost:3000/'), 'https://console.example.com')).toBeNull();
    expect(canonicalRedirect(at('http://localhost:3001/'), 'http://127.0.0.1:3000')).toBeNull();
    expect(canonicalRedirect(at('http://localhost:3000/'), undefined)).toBeNull();
    expect(canonicalRedirect(at('http://localhost:3000/'), 'not a url')).toBeNull();
  });
});
