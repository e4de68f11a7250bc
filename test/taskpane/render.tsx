import * as React from 'react';
import { configure, render, type RenderResult } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { TextEncoder } from 'util';

// jsdom has no layout, so no ResizeObserver; Fluent's MessageBar observes its own size to reflow.
// Nothing is ever resized here, so an observer that never reports is exactly jsdom's truth.
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

// jsdom lays nothing out, so every box is 0 px high, and a virtualised list (which renders what
// fits its box) would render nothing. Here every box is the pane's size, 350 × 800 px; items
// still measure 0 px, so a list renders all its items, as these small cases expect.
if (typeof window !== 'undefined') {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 800 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 350 });
}

// jest's jsdom environment leaves out TextEncoder, which every browser has (the engine hashes the grid with it).
if (typeof globalThis.TextEncoder === 'undefined') {
  (globalThis as unknown as { TextEncoder: typeof TextEncoder }).TextEncoder = TextEncoder;
}

// The pane runs the real engine; on a busy two-core machine that can take longer than the default 1 s.
configure({ asyncUtilTimeout: 5000 });

/** Renders inside the same provider the pane uses, so Fluent components behave as in the pane. */
export function renderInPane(ui: React.ReactElement): RenderResult {
  return render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
}
