import { Component, type ErrorInfo, type ReactNode } from 'react';
import { t } from '../../lib/i18n/messages';

interface State {
  failed: boolean;
}

/** A rendering error stays inside the panel: it shows a short note instead of the UI. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.warn('[Creator Scout] the panel failed to render', error, info.componentStack);
  }

  override render() {
    if (this.state.failed)
      return (
        <div className="scout" data-side="right" style={{ top: 96 }} role="alert">
          <p className="status" data-testid="scout-status" data-status="error">
            {t('panelFailed')}
          </p>
        </div>
      );
    return this.props.children;
  }
}
