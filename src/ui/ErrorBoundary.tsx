// A part of the page that fails to draw (a render error, or an async failure a component rethrows
// into React) is replaced by a report with a way to go on, instead of blanking the whole page. The
// lab is untouched: the document, its undo history, the autosave and the engine live in stores and
// the worker, not in the components that failed. "Continue" draws the part afresh.

import { Component, type ErrorInfo, type ReactNode } from 'react';
import { EngineStopped } from '../worker/client.ts';
import { useT } from './i18n/index.ts';
import './notices.css';

interface Props {
  /** Names the region in the report's test id (topbar, main, dock). */
  region: string;
  children: ReactNode;
}

interface State {
  error?: Error;
  /** Bumped by Continue, so the region's components start from a clean state. */
  attempt: number;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn(`netns-lab: the ${this.props.region} failed to draw`, error, info.componentStack);
  }

  override render() {
    const { error, attempt } = this.state;
    if (error)
      return (
        <Report
          region={this.props.region}
          error={error}
          onContinue={() => this.setState({ error: undefined, attempt: attempt + 1 })}
        />
      );
    return <Region key={attempt}>{this.props.children}</Region>;
  }
}

const Region = ({ children }: { children: ReactNode }) => children;

function Report({ region, error, onContinue }: { region: string; error: Error; onContinue(): void }) {
  const t = useT();
  const detail =
    error instanceof EngineStopped
      ? t('crash.engine')
      : t('crash.body', { error: error.message || error.name });
  return (
    <div className={`crash-report crash-${region}`} role="alert" data-testid={`crash-${region}`}>
      <strong>{t('crash.title')}</strong>
      <span className="crash-detail" title={detail}>
        {detail}
      </span>
      <span className="crash-actions">
        <button type="button" className="btn btn-primary" onClick={onContinue} data-testid="crash-continue">
          {t('crash.continue')}
        </button>
        <button type="button" className="btn" onClick={() => location.reload()}>
          {t('crash.reload')}
        </button>
      </span>
    </div>
  );
}

/**
 * For an async failure inside a component (a rejected promise): rethrown while React renders, so the
 * nearest boundary reports it. Use as `promise.catch(rethrowIn(setState))`.
 */
export function rethrowIn<T>(set: (update: (prev: T) => T) => void): (e: unknown) => void {
  return (e) =>
    set(() => {
      throw e;
    });
}
