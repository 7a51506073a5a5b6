import { Link } from '@/components/ui/link';
import { Badge, type Tone } from '@/components/ui/badge';
import { ACCOUNT_KEYS, STATUS_FILTER_LABELS, type StatusCounts } from '@/lib/connections/overview';
import { connectionHref } from './connection-links';

const TONE: Record<string, Tone> = {
  ACTIVE: 'success',
  PENDING_AUTH: 'warning',
  PENDING_VERIFICATION: 'warning',
  EXPIRED: 'danger',
  DISCONNECTED: 'danger',
};

/** A connection's accounts by status, each count a link to those users. */
export function StatusCountLinks({ name, counts }: { name: string; counts: StatusCounts }) {
  const shown = ACCOUNT_KEYS.filter((k) => counts[k]);
  if (!shown.length) return <span className="text-zinc-500">No accounts</span>;
  return (
    <span className="flex flex-wrap gap-1">
      {shown.map((k) => (
        <Link key={k} href={connectionHref(name, k)} className="hover:opacity-80">
          <Badge tone={TONE[k] ?? 'neutral'}>
            {STATUS_FILTER_LABELS[k]} {counts[k]}
          </Badge>
        </Link>
      ))}
    </span>
  );
}
