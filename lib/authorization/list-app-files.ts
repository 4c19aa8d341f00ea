import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** The repository root (this file lives in lib/authorization). */
export const REPO_ROOT = path.resolve(import.meta.dirname, "../..");

/**
 * Every file under `dir` (relative to the repository root), as repository-relative paths.
 * The authorization registries' tests walk app/ with it, so a route added on disk without
 * a registry entry fails a unit test instead of shipping unguarded.
 */
export function listAppFiles(dir: string): string[] {
  return readdirSync(path.join(REPO_ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    return e.isDirectory() ? listAppFiles(rel) : [rel];
  });
}

export function readAppFile(file: string): string {
  return readFileSync(path.join(REPO_ROOT, file), "utf8");
}

/** The HTTP methods a route.ts exports (`export const POST = …`, `export async function GET`). */
export function handlerMethods(source: string): string[] {
  return [...source.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g)].map((m) => m[1]!);
}

/**
 * A "use server" directive (module or function level): a server action, which Next exposes
 * as a POST endpoint. Matched loosely on purpose: a false alarm costs a registry line.
 */
export function declaresServerAction(source: string): boolean {
  return /["']use server["']/.test(source);
}
