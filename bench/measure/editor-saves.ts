import { benchEditor, durationFigures } from "./editor-session";

export interface SaveFigures {
  saves: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  failed: number;
}

/** The target of the serving-layer issue: an editor's save, purge fan-out included. */
export const SAVE_TARGET_P95_MS = 150;
/** Saves before the counted ones: a server's first saves compile the admin path (V8, Next's route). */
const WARM_UP_SAVES = 5;

/**
 * Times an editor's saves of one published piece filed in sections, tags and under an
 * author of the dataset, as the editor's form sends them: each save answers only once the
 * pages that show the piece are purged (page store and page memory), so the figure is the
 * save with its purge. A few saves first warm the path up and are not counted.
 */
export async function measureEditorSaves(origin: string, count = 40): Promise<SaveFigures> {
  const editor = benchEditor(origin);
  const piece = await editor.create("Benchmark save 0");
  let version = piece.version;
  const times: number[] = [];
  let failed = 0;
  for (let i = 1; i <= WARM_UP_SAVES + count; i++) {
    const started = performance.now();
    const saved = await editor.save(piece.id, `Benchmark save ${i}`, version);
    if (i > WARM_UP_SAVES) times.push(performance.now() - started);
    if (saved === null) failed++;
    else version = saved.version;
  }
  return { saves: count, ...durationFigures(times), failed };
}
