import { lazy, Suspense, type ReactNode } from 'react';
import { architectureById } from '../dataset/access';
import { Loading } from './Loading';

// Only a stale or mistyped link needs it.
const NotFound = lazy(() => import('./NotFound').then((m) => ({ default: m.NotFound })));

/** A page about one architecture: not-found for an unknown id, a loading state while its data arrives. */
export function KnownArchitecture({ id, loading, children }: { id: string; loading: string; children: ReactNode }) {
  if (!architectureById.has(id))
    return (
      <Suspense fallback={<Loading what="the page" />}>
        <NotFound what={`Architecture “${id.slice(0, 60)}”`} />
      </Suspense>
    );
  return <Suspense fallback={<Loading what={loading} />}>{children}</Suspense>;
}
