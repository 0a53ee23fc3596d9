import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  readonly name: string;
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
}

/** One panel failing must never take the lesson down with it. */
export class PanelErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`The ${this.props.name} panel crashed`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error) {
      return (
        <p role="alert" className="panel-message">
          This panel stopped working ({this.state.error.message}). Your stored data is untouched.{' '}
          <button type="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
        </p>
      );
    }
    return this.props.children;
  }
}
