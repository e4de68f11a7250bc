import * as React from 'react';

/** Fetches lines `from` (inclusive) to `to` (exclusive) of a list the engine keeps. */
export type FetchLines<T> = (from: number, to: number) => Promise<readonly T[]>;

/** Lines asked for together: one small message each way. */
const BLOCK = 50;
/** Blocks kept beyond those in view: scrolling back a little asks nothing again. */
const KEEP_BLOCKS = 12;

interface Cache<T> {
  readonly fetch: FetchLines<T> | null;
  /** Blocks by number, least recently used first. */
  readonly blocks: Map<number, readonly T[]>;
  readonly asked: Set<number>;
}

/**
 * The lines in view of a list kept by the engine (a virtualised view's `first` … `last`), asked
 * for in blocks as they come into view, with a few blocks kept. Returns a getter: a line not yet
 * here is undefined (the view shows a placeholder), and the view renders again when it arrives.
 * A new `fetch` (new results, another filter) starts afresh. `kept`, when given, is a line the
 * view draws wherever the list is scrolled (the one holding the focus): its block is asked for
 * and never dropped.
 */
export function useLines<T>(fetch: FetchLines<T> | null, first: number, last: number, kept: number | null = null): (index: number) => T | undefined {
  const cache = React.useRef<Cache<T>>({ fetch: null, blocks: new Map(), asked: new Set() });
  if (cache.current.fetch !== fetch) cache.current = { fetch, blocks: new Map(), asked: new Set() };
  const [, arrived] = React.useReducer((n: number) => n + 1, 0);

  React.useEffect(() => {
    const current = cache.current;
    if (current.fetch === null) return;
    const from = Math.floor(Math.max(0, first) / BLOCK);
    const to = Math.floor(last / BLOCK);
    const keptBlock = kept === null ? null : Math.floor(kept / BLOCK);
    const wanted = keptBlock === null || (keptBlock >= from && keptBlock <= to) ? range(from, to) : [keptBlock, ...range(from, to)];
    for (const block of wanted) {
      const lines = current.blocks.get(block);
      if (lines !== undefined) {
        // In view again: the last to be dropped.
        current.blocks.delete(block);
        current.blocks.set(block, lines);
        continue;
      }
      if (current.asked.has(block)) continue;
      current.asked.add(block);
      current.fetch(block * BLOCK, (block + 1) * BLOCK).then(
        (got) => {
          if (cache.current !== current) return;
          current.asked.delete(block);
          current.blocks.set(block, got);
          for (const old of current.blocks.keys()) {
            if (current.blocks.size <= KEEP_BLOCKS + (to - from + 1)) break;
            if ((old < from || old > to) && old !== keptBlock) current.blocks.delete(old);
          }
          // As a transition: React draws the lines that came in slices, the page free between them.
          React.startTransition(arrived);
        },
        // The results it belongs to went away (new results replace them): the view asks the new ones.
        () => undefined,
      );
    }
  });

  return (index: number) => cache.current.blocks.get(Math.floor(index / BLOCK))?.[index % BLOCK];
}

const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k);
