// @ts-check
/* Plain JavaScript: see cache-config.mjs. */

/**
 * @typedef {object} TagTimes when each tag was revalidated (ms since the epoch, Redis' clock)
 * @property {Map<string, number>} expired from then on, entries older than it must not be served
 * @property {Map<string, number>} stale from then on, older entries are served while they re-render
 */

/**
 * Whether a cached entry written at `lastModified` survives its tags' revalidations, as
 * Next's own file cache decides it: `revalidatePath`/`revalidateTag(tag)` expire a tag at
 * once; a cache-life profile marks it stale now and expired later.
 * @param {readonly string[]} tags
 * @param {number} lastModified
 * @param {TagTimes} times
 * @param {number} now
 * @returns {"fresh" | "stale" | "expired"}
 */
export function tagsState(tags, lastModified, times, now) {
  let state = /** @type {"fresh" | "stale"} */ ("fresh");
  for (const tag of tags) {
    const expired = times.expired.get(tag);
    if (expired !== undefined && expired > lastModified && expired <= now) return "expired";
    const stale = times.stale.get(tag);
    if (stale !== undefined && stale > lastModified) state = "stale";
  }
  return state;
}
