import type { HTMLAttributes, TdHTMLAttributes, ThHTMLAttributes } from 'react';
import { cn } from './cn';

/**
 * A data table that scrolls sideways inside its own box: a wide table never widens the page (a 390 px phone
 * keeps its layout; the table pans). `data-testid` and other attributes go on the <table>.
 */
export function Table({ className, ...rest }: HTMLAttributes<HTMLTableElement>) {
  return (
    // `relative`: absolutely positioned cell content (screen-reader-only labels) is then clipped by this box too;
    // otherwise it escapes to the page and widens it even though the table scrolls.
    <div className="relative max-w-full overflow-x-auto">
      <table className={cn('w-full text-left text-sm', className)} {...rest} />
    </div>
  );
}

export function THead({ className, ...rest }: HTMLAttributes<HTMLTableSectionElement>) {
  return (
    <thead
      className={cn('border-b border-zinc-200 text-xs text-zinc-500 dark:border-zinc-800', className)}
      {...rest}
    />
  );
}

export function TBody({ className, ...rest }: HTMLAttributes<HTMLTableSectionElement>) {
  return <tbody className={cn('divide-y divide-zinc-100 dark:divide-zinc-800', className)} {...rest} />;
}

export function Tr(props: HTMLAttributes<HTMLTableRowElement>) {
  return <tr {...props} />;
}

/** A column header: uppercase by default; `plain` for headers that carry their own formatting. */
export function Th({
  className,
  plain = false,
  ...rest
}: ThHTMLAttributes<HTMLTableCellElement> & { plain?: boolean }) {
  return (
    <th
      scope="col"
      className={cn('px-4 py-2.5 font-medium', !plain && 'uppercase tracking-wide', className)}
      {...rest}
    />
  );
}

export function Td({ className, ...rest }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={cn('px-4 py-2.5', className)} {...rest} />;
}
