import { Badge } from '@/components/ui/badge';
import type { ToolCallStatus } from '@/lib/scalekit/activity-types';

const LOOK: Record<ToolCallStatus, { tone: 'success' | 'danger' | 'warning'; label: string }> = {
  success: { tone: 'success', label: 'Success' },
  provider_error: { tone: 'warning', label: 'Provider error' },
  platform_error: { tone: 'danger', label: 'Platform error' },
};

export function OutcomeBadge({ status }: { status: ToolCallStatus }) {
  const l = LOOK[status];
  return <Badge tone={l.tone}>{l.label}</Badge>;
}
