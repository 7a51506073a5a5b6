/** An in-process gRPC client (connect-node over h2c) for the emulator's services, authorized like the SDKs. */
import type { DescService } from '@bufbuild/protobuf';
import { createClient, type Client } from '@connectrpc/connect';
import { createGrpcTransport } from '@connectrpc/connect-node';
import type { TestEmulator } from '../helpers';

export function grpcClient<S extends DescService>(
  emu: TestEmulator,
  service: S,
  opts: { token?: () => Promise<string | undefined> } = {},
): Client<S> {
  const token = opts.token ?? (() => emu.token());
  const transport = createGrpcTransport({
    baseUrl: emu.url,
    interceptors: [
      (next) => async (req) => {
        const t = await token();
        if (t) req.header.set('authorization', `Bearer ${t}`);
        return next(req);
      },
    ],
  });
  return createClient(service, transport);
}
