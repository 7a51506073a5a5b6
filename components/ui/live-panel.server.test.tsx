// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { livePanel } from './live-panel';

function Hello({ name }: { name: string }) {
  return <p>hello {name}</p>;
}

describe('livePanel on the server', () => {
  it('renders the panel inline in the HTML, even on the first request after a start', async () => {
    await import('./query-provider'); // as in a built server: the module is at hand, only its import is async
    const Live = livePanel(async () => Hello, <p>skeleton</p>);
    await new Promise((r) => setTimeout(r, 0)); // the page's code is read before its render: the import settles
    const html = renderToString(<Live name="alice" />);
    expect(html).toContain('hello <!-- -->alice');
    expect(html).not.toContain('skeleton');
    expect(html).toContain('data-live-panel');
  });
});
