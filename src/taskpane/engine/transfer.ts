/**
 * Large objects (a grid, a report, a submission model) never travel between threads as one
 * message: the receiving thread would spend seconds decoding it in one task. They go as a head
 * (the object with its long arrays emptied) and parts of those arrays, each decoded in a task
 * of its own, so the receiver (the page, or the worker that keeps results) stays responsive
 * while they arrive.
 */

/**
 * Items per part, by field: each part a few hundred KB, decoded in some tens of milliseconds.
 * Not smaller: V8 decodes a message of more than about 100 KB straight into its old generation,
 * while smaller ones land in the young generation, whose collections then copy every result
 * received so far (measured at 50,000 rows: parts of 25 rows gave 100–210 ms scavenges inside
 * single messages; parts of 100 rows none over 20 ms).
 */
const PART_SIZE: Readonly<Record<string, number>> = { rows: 100, findings: 600, values: 600, formulas: 600, numberFormats: 600, 'cells.strings': 6_000, 'cells.formulas': 6_000 };
const DEFAULT_PART_SIZE = 600;

export interface Split {
  readonly head: Record<string, unknown>;
  /** `path`: the names down to the array, ["rows"], or ["cells", "strings"] for an array in a member object (a name may hold any character). */
  readonly parts: { readonly path: readonly string[]; readonly items: readonly unknown[] }[];
}

/**
 * The object with its long arrays emptied, at the top level or in its plain-object members (a
 * model's cells keep their texts in one), and those arrays in parts, in order. Typed arrays stay
 * in the head: they are copied whole, not decoded item by item.
 */
export function splitForTransfer(value: object): Split {
  const parts: { path: readonly string[]; items: readonly unknown[] }[] = [];
  return { head: emptied(value, [], parts), parts };
}

function emptied(value: object, at: readonly string[], parts: { path: readonly string[]; items: readonly unknown[] }[]): Record<string, unknown> {
  const head: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(value)) {
    const path = [...at, name];
    const size = PART_SIZE[path.join('.')] ?? DEFAULT_PART_SIZE;
    if (Array.isArray(member) && member.length > size) {
      head[name] = [];
      for (let from = 0; from < member.length; from += size) parts.push({ path, items: member.slice(from, from + size) });
    } else if (isPlainObject(member)) {
      head[name] = emptied(member, path, parts);
    } else {
      head[name] = member;
    }
  }
  return head;
}

function isPlainObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/** Puts a split object together again, part by part as they arrive. */
export class Assembly {
  private received = 0;

  constructor(
    private readonly head: Record<string, unknown>,
    readonly parts: number,
  ) {}

  add(path: readonly string[], items: readonly unknown[]): void {
    let into: unknown = this.head;
    for (const name of path) into = (into as Record<string, unknown>)[name];
    // A loop, not push(...items): a part may be longer than the call stack allows arguments.
    for (const item of items) (into as unknown[]).push(item);
    this.received++;
  }

  /** Parts received so far. */
  get done(): number {
    return this.received;
  }

  get complete(): boolean {
    return this.received >= this.parts;
  }

  get value(): unknown {
    return this.head;
  }
}

/** A message that puts an object under an id: its head, then its parts. */
export type PutMessage =
  | { readonly kind: 'put-head'; readonly id: number; readonly head: unknown; readonly parts: number }
  | { readonly kind: 'put-part'; readonly id: number; readonly path: readonly string[]; readonly items: readonly unknown[] };

/** The messages that put `value` under `id`, in order. */
export function putMessages(id: number, value: object): PutMessage[] {
  const { head, parts } = splitForTransfer(value);
  return [{ kind: 'put-head', id, head, parts: parts.length }, ...parts.map((part): PutMessage => ({ kind: 'put-part', id, path: part.path, items: part.items }))];
}

/** Objects arriving by put messages, by id; calls `done` with each one once complete. */
export class Arrivals {
  private readonly arriving = new Map<number, Assembly>();

  constructor(private readonly done: (id: number, value: unknown) => void) {}

  receive(message: PutMessage): void {
    if (message.kind === 'put-head') {
      const assembly = new Assembly(message.head as Record<string, unknown>, message.parts);
      if (assembly.complete) this.done(message.id, assembly.value);
      else this.arriving.set(message.id, assembly);
      return;
    }
    const assembly = this.arriving.get(message.id);
    if (assembly === undefined) return;
    assembly.add(message.path, message.items);
    if (assembly.complete) {
      this.arriving.delete(message.id);
      this.done(message.id, assembly.value);
    }
  }

  /** Forgets what is half arrived (its sender is gone). */
  clear(): void {
    this.arriving.clear();
  }
}
