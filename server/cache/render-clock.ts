import { LRUCache } from "lru-cache";
import { processClockMs } from "../next-adapter";

interface Render {
  begun: number;
  /** The same moment on this process's clock (processClockMs), to compare with the page memory's. */
  begunHere: number;
  tags: readonly string[];
  done: Promise<void>;
  finish: () => void;
}

/**
 * The renders of cached pages in progress: when each began (the first miss since its key
 * was last stored), so a page is stored as of the moment its data could first have been
 * read; and a way for a purge to wait until the renders begun before it have ended, since
 * Next hands a render in progress to every request for the same page that arrives meanwhile.
 * A render that never stores (it failed) is forgotten after `forgetAfterMs`.
 */
export class RenderClock {
  private readonly renders = new LRUCache<string, Render>({ max: 10_000, dispose: (render) => render.finish() });

  constructor(private readonly forgetAfterMs: number) {}

  begin(key: string, now: number, tags: readonly string[]): void {
    const earlier = this.renders.get(key);
    if (earlier && now - earlier.begun <= this.forgetAfterMs) return;
    let finish = () => {};
    const done = new Promise<void>((resolve) => (finish = resolve));
    this.renders.set(key, { begun: now, begunHere: processClockMs(), tags, done, finish });
  }

  /** When the render being stored began (the store's clock, and this process's), or null when not known. */
  end(key: string): { begun: number; begunHere: number } | null {
    const render = this.renders.get(key);
    if (!render) return null;
    this.renders.delete(key);
    return { begun: render.begun, begunHere: render.begunHere };
  }

  /** Resolves once every render showing one of `tags` begun before `before` has ended, or after `maxWaitMs`. */
  async settled(tags: readonly string[], before: number, maxWaitMs: number): Promise<void> {
    const wanted = new Set(tags);
    const pending: Promise<void>[] = [];
    for (const render of this.renders.values()) {
      if (render.begun < before && before - render.begun <= this.forgetAfterMs && render.tags.some((t) => wanted.has(t))) pending.push(render.done);
    }
    if (pending.length === 0) return;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, maxWaitMs)));
    await Promise.race([Promise.all(pending), timeout]);
    clearTimeout(timer);
  }
}

const holder = globalThis as unknown as { __ledeRenderClock?: RenderClock };

/** This process's render clock: the cache handler and the purging routes are bundled apart. */
export function renderClock(forgetAfterMs: number): RenderClock {
  holder.__ledeRenderClock ??= new RenderClock(forgetAfterMs);
  return holder.__ledeRenderClock;
}
