import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/states';

/** The tool-call log routes are preview upstream: an environment without them is a fact to state, not an error. */
export function ActivityUnavailable() {
  return (
    <Card>
      <EmptyState
        title="Activity is not available for this environment"
        description="This Scalekit environment does not offer tool-call logs yet (they are in preview). Connections and users work as usual."
      />
    </Card>
  );
}
