import { Component, type ReactNode } from 'react';
import { dropFirstPicture } from './firstPicture';

interface State {
  error: Error | null;
}

/**
 * A failure in one view leaves a usable page with a way home, never a blank screen. Keyed by route in
 * App, so navigating elsewhere starts a fresh boundary.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch() {
    // The boot script's picture would stand over the message.
    dropFirstPicture();
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <section role="alert" className="mx-auto max-w-2xl p-8">
        <h1 className="text-2xl font-bold">This view could not be shown</h1>
        <p className="mt-2 text-muted">
          Something in this view failed to render. The rest of the explorer still works.
        </p>
        <a className="mt-4 inline-block font-semibold underline" href="#/">
          Back to all architectures
        </a>
      </section>
    );
  }
}
