import * as React from 'react';
import { Button, FluentProvider, MessageBar, MessageBarActions, MessageBarBody, Spinner, teamsHighContrastTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { officeBackground, officeLocale } from '../excel/locale';
import { DemoOffer, type SampleId } from './components/DemoOffer';
import { PanePacks } from './components/PanePacks';
import { StepBoundary } from './components/StepBoundary';
import { watchEnvironment, type Environment } from './environment';
import type { DemoHost } from './demo-host';
import { localeFromQuery, stringsFor, type PaneLocale } from './i18n';
import { createOfficeHost } from './office-host';
import { paneTheme } from './theme';

/** Whether a media query matches, following it when it changes (forced colours, dark preference). */
function useMediaQuery(media: string): boolean {
  const query = React.useMemo(() => (typeof window.matchMedia === 'function' ? window.matchMedia(media) : null), [media]);
  const [matches, setMatches] = React.useState(query?.matches ?? false);
  React.useEffect(() => {
    if (query === null) return;
    const onChange = (event: MediaQueryListEvent) => setMatches(event.matches);
    query.addEventListener('change', onChange);
    // A change between the first render and now sent no event to this listener.
    setMatches(query.matches);
    return () => query.removeEventListener('change', onChange);
  }, [query]);
  return matches;
}

const FLUENT_THEMES = { light: webLightTheme, dark: webDarkTheme, contrast: teamsHighContrastTheme } as const;

/**
 * What the demo puts on window, in the demo only (never inside Excel): a way to change a cell as
 * the user would in Excel, so the pane's re-reading can be seen (and tested end to end).
 */
export interface DemoHook {
  setCell(sheet: string, a1: string, value: string | number | boolean | null): void;
}

function DemoRoot(props: { reason: 'outside-office' | 'office-missing'; locale: PaneLocale }): React.JSX.Element {
  const strings = stringsFor(props.locale);
  const [host, setHost] = React.useState<DemoHost | null>(null);
  const [opened, setOpened] = React.useState(0);
  const [loading, setLoading] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  React.useEffect(() => {
    if (host === null) return;
    const hook: DemoHook = { setCell: (sheet, a1, value) => host.setCell(sheet, a1, value) };
    (window as unknown as { __budgetCheckDemo?: DemoHook }).__budgetCheckDemo = hook;
    return () => void delete (window as unknown as { __budgetCheckDemo?: DemoHook }).__budgetCheckDemo;
  }, [host]);
  const open = (load: (demo: typeof import('./demo-host')) => Promise<DemoHost>) => {
    setLoading(true);
    setError(null);
    // ExcelJS and the sample workbooks load only now, in their own chunk.
    import(/* webpackChunkName: "demo" */ './demo-host')
      .then(load)
      .then(
        (next) => {
          setHost(next);
          setOpened((n) => n + 1);
        },
        (e: unknown) => setError(strings.environment.demoFailed(e instanceof Error ? e.message : String(e))),
      )
      .finally(() => setLoading(false));
  };
  const start = (sample: SampleId) => open((demo) => demo.createSampleHost(sample));
  // Read in the browser; the file goes nowhere.
  const openFile = (file: File) => open(async (demo) => demo.createDemoHost(file.name, new Uint8Array(await file.arrayBuffer())));
  if (host === null) return <DemoOffer reason={props.reason} strings={strings} loading={loading} error={error} onStart={start} onOpenFile={openFile} />;
  const banner = (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>{strings.environment.demoBanner(host.fileName ?? '')}</MessageBarBody>
      <MessageBarActions>
        <Button onClick={() => setHost(null)}>{strings.environment.otherWorkbook}</Button>
      </MessageBarActions>
    </MessageBar>
  );
  // Each workbook opened starts a fresh pane, never a mix of two.
  return <PanePacks key={opened} host={host} strings={strings} banner={banner} focusOnOpen />;
}

/** Decides where it runs (Excel, a plain browser, or without office.js) and shows the pane or the demo. */
export function App(): React.JSX.Element {
  const forcedColors = useMediaQuery('(forced-colors: active)');
  const prefersDark = useMediaQuery('(prefers-color-scheme: dark)');
  const [environment, setEnvironment] = React.useState<Environment | null>(null);
  React.useEffect(() => watchEnvironment(setEnvironment), []);
  const locale: PaneLocale = environment?.kind === 'excel' ? officeLocale() : (localeFromQuery(window.location.search) ?? 'ja');
  React.useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const strings = stringsFor(locale);
  const host = React.useMemo(() => (environment?.kind === 'excel' ? createOfficeHost() : null), [environment]);

  let content: React.JSX.Element;
  if (environment === null) content = <Spinner label={strings.waitingForOffice} />;
  else if (host !== null) content = <PanePacks host={host} strings={strings} />;
  else content = <DemoRoot reason={environment.kind === 'office-missing' ? 'office-missing' : 'outside-office'} locale={locale} />;
  // The last resort: each step has its own boundary, so this one shows only if the pane itself fails.
  return (
    <FluentProvider theme={FLUENT_THEMES[paneTheme({ forcedColors, prefersDark, officeBackground: environment?.kind === 'excel' ? officeBackground() : null })]} style={{ minHeight: '100vh' }}>
      <StepBoundary part={strings.failure.parts.pane} strings={strings}>
        {content}
      </StepBoundary>
    </FluentProvider>
  );
}
