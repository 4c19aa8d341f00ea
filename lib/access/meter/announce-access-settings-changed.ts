/*
 * Next's bundle and the server (server/serve.ts) run in one process but load their own
 * copies of modules: they meet on globalThis, under this symbol.
 */
export const ACCESS_SETTINGS_CHANGED = Symbol.for("lede.accessSettingsChanged");

/** Tells the server that access settings (the meter) changed, so it reads them again now. */
export function announceAccessSettingsChanged(): void {
  const listeners = (globalThis as Record<symbol, unknown>)[ACCESS_SETTINGS_CHANGED] as Set<() => void> | undefined;
  for (const listener of listeners ?? []) listener();
}
