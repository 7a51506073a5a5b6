import { buttonClass } from '@/components/ui/button';
import { Footer } from '@/components/ui/footer';
import { Link } from '@/components/ui/link';
import type { MatrixPage } from '@/lib/compare/view';

/** Previous and next page of the matrix, with where we are. */
export function MatrixPager({
  view,
  noun,
  hrefOf,
}: {
  view: Pick<MatrixPage<unknown>, 'page' | 'pages' | 'matching'>;
  noun: string;
  hrefOf: (page: number) => string;
}) {
  return (
    <Footer
      className="mt-4"
      start={
        <p className="text-sm text-zinc-500" data-testid="matrix-count">
          {view.matching.toLocaleString('en-US')} {noun}
          {view.pages > 1 && ` · page ${view.page} of ${view.pages}`}
        </p>
      }
    >
      {view.page > 1 && (
        <Link className={buttonClass('secondary')} href={hrefOf(view.page - 1)}>
          Previous
        </Link>
      )}
      {view.page < view.pages && (
        <Link className={buttonClass('secondary')} href={hrefOf(view.page + 1)}>
          Next
        </Link>
      )}
    </Footer>
  );
}
