import { Suspense, type ReactNode } from 'react';
import { architectureById } from '../dataset/access';
import { Loading } from './Loading';
import { NotFound } from './NotFound';

/** A page about one architecture: not-found for an unknown id, a loading state while its data arrives. */
export function KnownArchitecture({ id, loading, children }: { id: string; loading: string; children: ReactNode }) {
  if (!architectureById.has(id)) return <NotFound what={`Architecture “${id.slice(0, 60)}”`} />;
  return <Suspense fallback={<Loading what={loading} />}>{children}</Suspense>;
}
