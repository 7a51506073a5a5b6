/**
 * One port for every client of a Scalekit environment URL. The official SDKs fetch their token over HTTP/1.1 and
 * then open a gRPC channel (HTTP/2) to the same host and port: the Python SDK always over TLS, even for an
 * `http://` URL; the Node SDK over TLS for `https://` and cleartext HTTP/2 (h2c) for `http://`. The console,
 * browsers and curl keep using plain HTTP/1.1. So each connection is routed by its first bytes
 * (@httptoolkit/httpolyglot): a TLS ClientHello goes to a TLS server that offers h2 and http/1.1 by ALPN, the
 * HTTP/2 preface to an h2c server, anything else to node:http. Every path ends at the same request handler.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Http2ServerRequest, Http2ServerResponse } from 'node:http2';
import type { Socket } from 'node:net';
import tls from 'node:tls';
import { createServer as createPolyglotServer } from '@httptoolkit/httpolyglot';
import type { LocalCa } from '../tls/local-ca';

export type AnyRequest = IncomingMessage | Http2ServerRequest;
export type AnyResponse = ServerResponse | Http2ServerResponse;

/**
 * A TLS server whose certificate may not exist yet: the first TLS connection waits while the local CA makes it
 * (once), later ones go straight through. Plain HTTP never waits for it.
 */
class LazyCertTlsServer extends tls.Server {
  private ready = false;

  constructor(private readonly ca: LocalCa) {
    super({ ALPNProtocols: ['h2', 'http/1.1'] });
    const now = ca.current();
    if (now) this.use(now);
  }

  private use(material: { key: string; cert: string }) {
    this.setSecureContext({ key: material.key, cert: material.cert });
    this.ready = true;
  }

  override emit(event: string | symbol, ...args: unknown[]): boolean {
    if (event !== 'connection' || this.ready) return super.emit(event, ...args);
    const socket = args[0] as Socket;
    socket.pause();
    this.ca.ensure().then(
      (material) => {
        if (!this.ready) this.use(material);
        super.emit('connection', socket);
      },
      (err: unknown) => {
        console.error('emulator: could not make the local TLS certificate:', err);
        socket.destroy();
      },
    );
    return true;
  }
}

export interface OnePortServer {
  server: ReturnType<typeof createPolyglotServer>;
  /** Destroys every open connection (HTTP/1.1 keep-alive, HTTP/2 sessions, TLS), for a prompt close. */
  closeAllConnections(): void;
}

export function createOnePortServer(
  ca: LocalCa,
  handler: (req: AnyRequest, res: AnyResponse) => void,
): OnePortServer {
  const sockets = new Set<Socket>();
  const server = createPolyglotServer(
    { tls: new LazyCertTlsServer(ca) },
    handler as (req: IncomingMessage, res: ServerResponse) => void,
  );
  // Listeners added to the polyglot server also hear its inner servers: every socket, raw or TLS, is tracked.
  server.on('connection', (socket: Socket) => {
    // Small request/response frames must not wait for Nagle's algorithm (a 40 ms stall per call on h2c).
    socket.setNoDelay(true);
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  // A client that gives up mid-handshake, or speaks TLS without trusting our CA, is its own business.
  server.on('tlsClientError', (_err: Error, socket: Socket) => socket.destroy());
  return {
    server,
    closeAllConnections() {
      for (const s of sockets) s.destroy();
      sockets.clear();
    },
  };
}
