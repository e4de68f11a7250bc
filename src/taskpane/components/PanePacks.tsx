import * as React from 'react';
import { Spinner } from '@fluentui/react-components';
import { loadPacks } from '../../domain/policy/registry';
import type { PolicyPack } from '../../domain/policy/schema';
import type { StoredPackFile } from '../../excel/settings';
import type { PaneHost } from '../host';
import type { Strings } from '../i18n';
import { Pane } from './Pane';
import type { PackFileInfo, PackFileLoaderProps } from './PackFileLoader';

/** The validator and zod's schema load only when a file is loaded or the workbook holds one. */
const packFiles = () => import(/* webpackChunkName: "pack-files" */ '../pack-files');
const PACK_BYTES = 5 * 1024 * 1024;

interface PacksState {
  readonly packs: readonly PolicyPack[];
  readonly loaded: readonly PackFileInfo[];
  readonly stored: readonly StoredPackFile[];
  /** Bumped when the packs change: the pane starts again with them (and the year the workbook keeps). */
  readonly version: number;
}

/**
 * The pane with the years it may check against: the bundled packs and the policy files the
 * workbook keeps (its settings). Loading a file validates it, keeps it in the workbook, makes its
 * year the workbook's year, and starts the pane again with it.
 */
export function PanePacks(props: { host: PaneHost; strings: Strings; banner?: React.ReactNode; focusOnOpen?: boolean }): React.JSX.Element {
  const { host, strings: s } = props;
  const [state, setState] = React.useState<PacksState | null>(null);
  const [problems, setProblems] = React.useState<PackFileLoaderProps['problems']>(null);
  const [pending, setPending] = React.useState<{ id: string; name: string; text: string } | null>(null);

  const restore = React.useCallback(
    async (stored: readonly StoredPackFile[], version: number) => {
      if (stored.length === 0) return setState({ packs: loadPacks(), loaded: [], stored, version });
      const { packsWithStored } = await packFiles();
      const r = await packsWithStored(stored, loadPacks(), s.locale);
      if (r.unreadable.length > 0) setProblems({ head: r.unreadable.map((name) => s.packFile.restoreFailed(name)).join(' '), lines: [] });
      setState({ packs: r.packs, loaded: r.loaded, stored, version });
    },
    [s],
  );

  React.useEffect(() => {
    host.loadPackFiles().then(
      (stored) => restore(stored, 0),
      () => restore([], 0),
    );
    // Runs once: the workbook's packs are read when the pane opens.
  }, []);

  const keep = async (name: string, text: string, id: string, replacesBundled: boolean) => {
    // One file per year: a new file of a year replaces the one kept before.
    const sameYear = new Set((state?.loaded ?? []).filter((l) => l.id === id).map((l) => l.name));
    const stored = [...(state?.stored ?? []).filter((f) => f.name !== name && !sameYear.has(f.name)), { name, text, replacesBundled }];
    await host.savePackFiles(stored);
    await host.saveYear(id);
    setProblems(null);
    setPending(null);
    await restore(stored, (state?.version ?? 0) + 1);
  };

  const onFile = (file: File) => {
    void (async () => {
      // As the CLI's --pack: a pack file is a few hundred KB; a bigger file is not one, and is not read.
      if (file.size > PACK_BYTES) {
        setProblems({ head: s.packFile.invalid(file.name, 1), lines: [s.packFile.tooLarge] });
        return;
      }
      const text = await file.text();
      const { judgePackFile } = await packFiles();
      const judged = await judgePackFile(text, loadPacks(), s.locale);
      if (!judged.ok) {
        setPending(null);
        setProblems({ head: s.packFile.invalid(file.name, judged.problems.length), lines: judged.problems });
        return;
      }
      // A file of a bundled year stands in its place only when the officer says so.
      if (judged.bundledId) {
        setProblems(null);
        setPending({ id: judged.pack.id, name: file.name, text });
        return;
      }
      await keep(file.name, text, judged.pack.id, false);
    })().catch((error: unknown) => setProblems({ head: s.hostError(error instanceof Error ? error.message : String(error)), lines: [] }));
  };

  if (state === null) return <Spinner label={s.waitingForOffice} />;
  return (
    <Pane
      key={state.version}
      host={host}
      packs={state.packs}
      strings={s}
      banner={props.banner}
      focusOnOpen={props.focusOnOpen === true && state.version === 0}
      packFiles={{
        loaded: state.loaded,
        problems,
        pending: pending && { id: pending.id, name: pending.name },
        onFile,
        onReplace: () => {
          if (pending) void keep(pending.name, pending.text, pending.id, true);
        },
        onCancel: () => setPending(null),
      }}
    />
  );
}
