'use client';

import { useQuery } from '@tanstack/react-query';
import { savedVersionQuery } from './queries';

/** The config's description as last saved: the page header follows a save without reloading the page. */
export function SavedDescription({ configId }: { configId: string }) {
  const saved = useQuery(savedVersionQuery(configId)).data;
  return <>{saved?.snapshot.description || 'No description'}</>;
}
