import type { Problem } from '@/lib/errors/problem';
import { Card } from './card';
import { ErrorState } from './states';

/** A failed page load shown inside the console: what went wrong and, for limits, when to try again. */
export function ProblemState({ title, problem }: { title: string; problem: Pick<Problem, 'message'> }) {
  return (
    <Card>
      <ErrorState title={title} message={problem.message} />
    </Card>
  );
}
