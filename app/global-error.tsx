'use client';

export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="en">
      <body
        style={{
          fontFamily: 'system-ui, sans-serif',
          display: 'grid',
          placeItems: 'center',
          minHeight: '100vh',
        }}
      >
        <div style={{ textAlign: 'center' }}>
          <h1>MCP Console hit an error</h1>
          <p>Reload the page; if it keeps happening, check the server logs.</p>
          <button onClick={reset}>Try again</button>
        </div>
      </body>
    </html>
  );
}
