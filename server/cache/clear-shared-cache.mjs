// @ts-check
/* Plain JavaScript: see cache-config.mjs. */
import { createClient } from "redis";

/**
 * Deletes every key under `prefix`: the pages and tag times of one site or one test run.
 * For a database that was just created (its pages cached from another one must go) and
 * for tests cleaning up after themselves. Returns how many keys it deleted.
 * @param {{ redisUrl: string, prefix: string }} config
 * @returns {Promise<number>}
 */
export async function clearSharedCache({ redisUrl, prefix }) {
  const client = createClient({ url: redisUrl });
  await client.connect();
  let deleted = 0;
  try {
    for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) {
      if (keys.length > 0) deleted += await client.del(keys);
    }
  } finally {
    await client.destroy();
  }
  return deleted;
}
