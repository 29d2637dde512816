/**
 * An error boundary around one view: a view that throws while drawing shows what failed and a "Thử lại"
 * button in its place, and the other views, the language switch and the files stay usable.
 */
import { Component, type ErrorInfo, type ReactNode } from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useI18n } from "../i18n";

interface Props {
  readonly title: string;
  readonly body: string;
  readonly retry: string;
  readonly children: ReactNode;
}

class Boundary extends Component<Props, { readonly failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // The detail is for whoever supports the office; the officer reads the message.
    console.warn("union-report: a view failed", error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline" data-testid="view-failed">
        <MessageBarBody>
          <MessageBarTitle>{this.props.title}</MessageBarTitle>
          {this.props.body}{" "}
          <Button size="small" onClick={() => this.setState({ failed: false })}>
            {this.props.retry}
          </Button>
        </MessageBarBody>
      </MessageBar>
    );
  }
}

export function ViewBoundary({ view, children }: { readonly view: string; readonly children: ReactNode }) {
  const { t } = useI18n();
  return (
    <Boundary title={t("errors.view.title", { view })} body={t("errors.view.body")} retry={t("errors.view.retry")}>
      {children}
    </Boundary>
  );
}

/** Around the whole page, before any theme or language: plain words if even the shell cannot draw. */
export class ShellBoundary extends Component<{ readonly message: string; readonly children: ReactNode }, { readonly failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.warn("union-report: the page failed", error);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <p role="alert" style={{ margin: 16 }}>
        {this.props.message}
      </p>
    );
  }
}
