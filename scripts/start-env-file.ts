import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Values written to the env file: a plain value needs no quoting rules of its own. */
const PLAIN = /^[A-Za-z0-9_:/.@%+=,-]*$/;

/**
 * `.data/start.env`: what `npm start`'s preparation hands to the server it execs
 * (`node --env-file`, which never overrides a variable already set in the environment).
 * Readable by its owner only: it holds the site's secret, as `.data/auth-secret` does.
 */
export function startEnvFile(root: string): { file: string; write(values: Record<string, string>): void } {
  const file = path.join(root, ".data", "start.env");
  return {
    file,
    write(values) {
      const lines = Object.entries(values).map(([key, value]) => {
        if (!/^[A-Z][A-Z0-9_]*$/.test(key) || !PLAIN.test(value)) throw new Error(`${key}: a value npm start cannot pass on (only letters, digits and :/.@%+=,-_ are)`);
        return `${key}=${value}`;
      });
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, `${lines.join("\n")}\n`, { mode: 0o600 });
    },
  };
}
