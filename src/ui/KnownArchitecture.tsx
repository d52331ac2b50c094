import { Component, lazy, Suspense, type ReactNode } from 'react';
import { knownArchitectures } from '../dataset/access';
import { NO_OWN_FILE, OwnArchitectureProblem, YOURS } from '../dataset/yours';
import { Loading } from './Loading';

// Only a stale or mistyped link needs it.
const NotFound = lazy(() => import('./NotFound').then((m) => ({ default: m.NotFound })));

/**
 * A page about one architecture: not-found for an unknown id, a loading state while its data arrives,
 * and for the reader's own architecture what keeps it from being drawn, with the way to the editor.
 */
export function KnownArchitecture({ id, loading, children }: { id: string; loading: string; children: ReactNode }) {
  if (!knownArchitectures().has(id))
    return id === YOURS ? (
      <OwnArchitectureNotice reason={NO_OWN_FILE} />
    ) : (
      <Suspense fallback={<Loading what="the page" />}>
        <NotFound what={`Architecture “${id.slice(0, 60)}”`} />
      </Suspense>
    );
  const page = <Suspense fallback={<Loading what={loading} />}>{children}</Suspense>;
  return id === YOURS ? <OwnArchitectureBoundary>{page}</OwnArchitectureBoundary> : page;
}

function OwnArchitectureNotice({ reason }: { reason: string }) {
  return (
    <section role="alert" className="mx-auto max-w-2xl p-8" data-testid="own-architecture-problem">
      <h1 className="text-2xl font-bold">Your own architecture cannot be shown</h1>
      <p className="mt-2">{reason}</p>
      <p className="mt-2 text-muted">
        Your own architecture is the file you keep in the editor; it lives in this browser only. To show it elsewhere,
        share it from the editor: its link carries the whole file.
      </p>
      <a className="mt-4 inline-block font-semibold underline" href="#/edit">
        Open the editor
      </a>
    </section>
  );
}

/**
 * The reader's own file with errors, or too large to draw, is a notice with the way to the editor, not a
 * failed page; it lets every other failure through.
 */
export class OwnArchitectureBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    // Any other failure is the page's own: the app's error boundary takes it.
    if (!(error instanceof OwnArchitectureProblem)) throw error;
    return <OwnArchitectureNotice reason={error.message} />;
  }
}
