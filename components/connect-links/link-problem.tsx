import { ConnectFrame } from './connect-frame';

const COPY = {
  invalid: {
    title: 'This link is not valid',
    body: 'It may have been copied incompletely or changed. Ask whoever sent it for a new link.',
  },
  expired: {
    title: 'This link has expired',
    body: 'Connect links only work for a limited time. Ask whoever sent it for a new link.',
  },
  gone: {
    title: 'This link no longer leads anywhere',
    body: 'The setup it was made for has been removed. Ask whoever sent it for a new link.',
  },
  unavailable: {
    title: 'We could not load your connections',
    body: 'The service did not answer. Try again in a minute.',
  },
};

/** What a bad link shows: a clear next step, and nothing about whom or what the link was for. */
export function LinkProblem({ kind }: { kind: keyof typeof COPY }) {
  return (
    <ConnectFrame>
      <div
        role="alert"
        className="rounded-lg border border-zinc-200 bg-white p-6 shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
      >
        <h1 className="text-xl font-semibold">{COPY[kind].title}</h1>
        <p className="mt-2 text-zinc-600 dark:text-zinc-400">{COPY[kind].body}</p>
      </div>
    </ConnectFrame>
  );
}
