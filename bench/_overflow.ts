import { demoPageSeed, everyPage } from '../e2e/support/pages';
import { CONSOLE, emulatorApi, launchChromium, signedInPage, startSystem } from './support/console-under-test';
const system = await startSystem();
const browser = await launchChromium();
try {
  const page = await signedInPage(browser);
  const seed = await demoPageSeed((p) => emulatorApi('GET', p), 'e2e-only-auth-secret-not-for-production-use');
  for (const w of [390, 768, 1024, 1280, 1400]) {
    await page.setViewportSize({ width: w, height: 900 });
    for (const p of everyPage(seed).filter((x) => x.audience === 'console')) {
      await page.goto(`${CONSOLE}${p.path}`, { waitUntil: 'networkidle' });
      const probs: string[] = await page.evaluate(`(() => {
        const out = [];
        if (document.documentElement.scrollWidth > innerWidth) out.push(\`page \${document.documentElement.scrollWidth}px wide\`);
        function name(e) { return \`\${e.tagName.toLowerCase()}\${e.id ? '#' + e.id : ''}"\${(e.textContent ?? '').trim().slice(0, 30)}"\`; }
        for (const el of document.querySelectorAll('main *')) {
          const r = el.getBoundingClientRect();
          if (r.width === 0) continue;
          const card = el.parentElement?.closest('.rounded-lg.border');
          let scroller = el.parentElement;
          while (scroller && scroller !== card && !/(auto|scroll|hidden)/.test(getComputedStyle(scroller).overflowX)) scroller = scroller.parentElement;
          const inScroller = scroller && scroller !== card;
          if (card && !inScroller && r.right > card.getBoundingClientRect().right + 1) out.push(\`overflows card: \${name(el)} by \${Math.round(r.right - card.getBoundingClientRect().right)}\`);
          if (innerWidth >= 1280 && inScroller && (el.tagName === 'BUTTON' || el.tagName === 'A') && r.right > scroller.getBoundingClientRect().right + 1) out.push(\`hidden in scroller: \${name(el)}\`);
        }
        return [...new Set(out)].slice(0, 6);
      })()`);
      if (probs.length) console.log(w, p.route, '\n   ' + probs.join('\n   '));
    }
  }
} finally { await browser.close(); system.stop(); }
