/**
 * Loaded into the console's Node.js process before Next.js (`node --import ./scripts/peer-address.mjs`; npm start,
 * npm run dev and the e2e server do it). Next.js 16 gives app code no socket address, and it fills
 * X-Forwarded-For from the socket only when the client sent none, so a client that writes that header itself
 * hides where it connects from. This stamps every request, before Next.js sees it, with the socket's peer
 * address and the X-Forwarded-For exactly as it arrived, under names only this process writes (a client's own
 * values for them are overwritten). lib/security/client-address.ts reads them, and trusts them only when this
 * module has run in the process.
 */
import http from 'node:http';

const PEER = 'x-mcp-console-peer';
const FORWARDED = 'x-mcp-console-forwarded-for';

globalThis[Symbol.for('mcp-console.peer-address')] = true;

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, req, ...rest) {
  if (event === 'request' && req?.headers) {
    const xff = req.headers['x-forwarded-for'];
    req.headers[PEER] = req.socket?.remoteAddress ?? '';
    req.headers[FORWARDED] = Array.isArray(xff) ? xff.join(', ') : (xff ?? '');
  }
  return emit.call(this, event, req, ...rest);
};
