'use client';

import NextLink from 'next/link';
import { useRouter } from 'next/navigation';
import type { ComponentProps, FocusEvent, MouseEvent, TouchEvent } from 'react';
import { useEnvHref } from '@/components/environments/environment-context';

type Props = Omit<ComponentProps<typeof NextLink>, 'href' | 'prefetch'> & { href: string };

/**
 * The console's link: Next's client-side navigation, prefetched when a person shows intent (pointer over it,
 * keyboard focus, a touch), not whenever it scrolls into view. Every page here is dynamic, so Next's default
 * makes each visible link a server render: measured, one view of /connections cost the server 1.1 s of CPU in
 * 73 prefetch requests against 0.1 s for the page itself. A hover is ~100-300 ms ahead of the click, which is
 * most of what a prefetch buys. On an environment's pages, a path within an environment (`/configs/<id>`) goes to
 * the page's environment.
 */
export function Link({ href: path, onMouseEnter, onFocus, onTouchStart, ...rest }: Props) {
  const router = useRouter();
  // Written without the environment on an environment's pages, like a base path (see useEnvHref).
  const href = useEnvHref()(path);
  const prefetch = () => router.prefetch(href);
  return (
    <NextLink
      {...rest}
      href={href}
      prefetch={false}
      onMouseEnter={(e: MouseEvent<HTMLAnchorElement>) => {
        onMouseEnter?.(e);
        prefetch();
      }}
      onFocus={(e: FocusEvent<HTMLAnchorElement>) => {
        onFocus?.(e);
        prefetch();
      }}
      onTouchStart={(e: TouchEvent<HTMLAnchorElement>) => {
        onTouchStart?.(e);
        prefetch();
      }}
    />
  );
}
