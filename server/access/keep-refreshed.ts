import { ACCESS_SETTINGS_CHANGED } from "@/lib/access/meter/announce-access-settings-changed";

/**
 * Runs `refresh` now, every `everyMs` (for changes made by another server process), and at
 * once when this process announces a change of access settings or organisations
 * (lib/access/meter/announce-access-settings-changed). Returns what stops it.
 */
export function keepRefreshed(refresh: () => Promise<void>, everyMs: number): () => void {
  void refresh();
  const timer = setInterval(() => void refresh(), everyMs);
  timer.unref();
  const listeners = ((globalThis as Record<symbol, unknown>)[ACCESS_SETTINGS_CHANGED] ??= new Set<() => void>()) as Set<() => void>;
  const listener = () => void refresh();
  listeners.add(listener);
  return () => {
    clearInterval(timer);
    listeners.delete(listener);
  };
}
