/**
 * Sign-in flood: staff polling latency while sign-in is flooded with 20 wrong passwords a second.
 * Phases of 12 s: no flood; a flood spread over many accounts and client addresses (every attempt pays the
 * password hash, the worst case for the event loop); a flood on one account from one address (the throttle
 * refuses after 5 attempts without hashing). Target: polling p99 under 500 ms in every phase.
 */
import { pathToFileURL } from 'node:url';
import { CONSOLE, launchChromium, pct, signedInPage, startSystem } from './support/console-under-test';

const PHASE_MS = 12_000;
const FLOOD_PER_S = 20;
const POLLERS = 4;
const USER = 'bob@example.com';

type Flood = 'none' | 'many accounts' | 'one account';

async function csrf(): Promise<{ token: string; cookie: string }> {
  const res = await fetch(`${CONSOLE}/api/auth/csrf`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { token: ((await res.json()) as { csrfToken: string }).csrfToken, cookie };
}

async function wrongPassword(kind: Exclude<Flood, 'none'>, i: number, c: { token: string; cookie: string }) {
  const spread = kind === 'many accounts';
  const res = await fetch(`${CONSOLE}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      cookie: c.cookie,
      'x-forwarded-for': spread ? `10.9.${(i >> 8) & 255}.${i & 255}` : '10.9.0.1',
    },
    body: new URLSearchParams({
      csrfToken: c.token,
      email: spread ? `guess-${i}@example.com` : 'admin@example.com',
      password: `wrong-${i}`,
      callbackUrl: '/',
    }),
  });
  const where = res.headers.get('location') ?? '';
  await res.arrayBuffer();
  return where.includes('code=throttled') ? 'throttled' : 'refused';
}

export async function run() {
  const system = await startSystem();
  const browser = await launchChromium();
  try {
    const page = await signedInPage(browser); // before any flood: the demo admin is one of the flooded accounts
    const request = page.context().request;
    const c = await csrf();
    const rows: Record<string, Record<string, string | number>> = {};
    let n = 0;
    for (const flood of ['none', 'many accounts', 'one account'] as Flood[]) {
      const end = Date.now() + PHASE_MS;
      const latencies: number[] = [];
      const outcomes = { refused: 0, throttled: 0, failed: 0 };
      let pollErrors = 0;
      console.log(`phase: flood ${flood}`);
      const attempts: Promise<void>[] = [];
      const timer =
        flood === 'none'
          ? undefined
          : setInterval(() => {
              attempts.push(
                wrongPassword(flood, n++, c).then(
                  (o) => void outcomes[o]++,
                  () => void outcomes.failed++,
                ),
              );
            }, 1000 / FLOOD_PER_S);
      await Promise.all(
        Array.from({ length: POLLERS }, async () => {
          while (Date.now() < end) {
            const t = performance.now();
            const res = await request
              .get(`${CONSOLE}/api/users/${encodeURIComponent(USER)}/accounts`, { timeout: 60_000 })
              .catch(() => null);
            if (!res?.ok()) pollErrors++;
            latencies.push(performance.now() - t); // a failed poll counts with the time it took
          }
        }),
      );
      clearInterval(timer);
      await Promise.all(attempts);
      rows[`flood: ${flood}`] = {
        'sign-in attempts': attempts.length,
        'refused (password checked)': outcomes.refused,
        throttled: outcomes.throttled,
        polls: latencies.length,
        'poll errors': pollErrors,
        'poll p50 ms': +pct(latencies, 50).toFixed(1),
        'poll p99 ms': +pct(latencies, 99).toFixed(1),
        target: 'p99 < 500',
      };
    }
    console.log(
      `${POLLERS} staff pollers in a tight loop for ${PHASE_MS / 1000}s per phase, ${FLOOD_PER_S} wrong passwords/s:`,
    );
    console.table(rows);
  } finally {
    await browser.close();
    system.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void run();
