import type { Page } from '@playwright/test';

/**
 * What a person would call broken layout, read from the rendered page: the page scrolls sideways, or something
 * sticks out of its card. Content inside a scroll container (a table that scrolls within its card) is allowed
 * to extend past it; with `visibleButtons`, a button or link hidden off the edge of such a container counts too
 * (at desktop widths a row's actions must not need a sideways scroll).
 */
export async function layoutProblems(page: Page, opts: { visibleButtons?: boolean } = {}): Promise<string[]> {
  // A string, not a function: the test runner's transpiler would inject helpers the page does not have.
  return page.evaluate(`(() => {
    const visibleButtons = ${Boolean(opts.visibleButtons)};
    const out = [];
    const label = (e) => e.tagName.toLowerCase() + ' "' + (e.textContent || '').trim().slice(0, 40) + '"';
    if (document.documentElement.scrollWidth > innerWidth) {
      out.push('the page is ' + document.documentElement.scrollWidth + ' px wide in a ' + innerWidth + ' px view');
    }
    for (const el of document.querySelectorAll('main *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const card = el.parentElement && el.parentElement.closest('.rounded-lg.border');
      // The nearest ancestor that scrolls (or clips) sideways, up to and including the card; null if none does.
      let box = el.parentElement;
      while (box && !/(auto|scroll|hidden)/.test(getComputedStyle(box).overflowX)) {
        if (box === card) { box = null; break; }
        box = box.parentElement;
      }
      if (card && !box && r.right > card.getBoundingClientRect().right + 1) {
        out.push(label(el) + ' sticks out of its card by ' + Math.round(r.right - card.getBoundingClientRect().right) + ' px');
      }
      if (visibleButtons && box && /^(BUTTON|A)$/.test(el.tagName) && r.right > box.getBoundingClientRect().right + 1) {
        out.push(label(el) + ' is hidden past the edge of its scrolling table');
      }
    }
    return [...new Set(out)].slice(0, 8);
  })()`);
}
