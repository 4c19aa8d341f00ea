import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SERVER_SEMI_SPACE_MB, serverArgs, serverEnv } from "./server-command";

const envOf = (values: Record<string, string>) => values as NodeJS.ProcessEnv;

describe("the production server's command", () => {
  it("bounds the heap's old and young generations", () => {
    expect(serverArgs(3000, ["-H", "127.0.0.1"], envOf({})).slice(0, 2)).toEqual(["--max-old-space-size=256", `--max-semi-space-size=${SERVER_SEMI_SPACE_MB}`]);
    expect(serverArgs(3000, [], envOf({ LEDE_SERVER_HEAP_MB: "160" }))[0]).toBe("--max-old-space-size=160");
  });

  it("gives malloc two arenas unless told otherwise", () => {
    expect(serverEnv(envOf({ PORT: "3000" }))).toEqual({ PORT: "3000", MALLOC_ARENA_MAX: "2" });
    expect(serverEnv(envOf({ MALLOC_ARENA_MAX: "8" })).MALLOC_ARENA_MAX).toBe("8");
  });

  it("is what npm start runs", () => {
    const start = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: { start: string } }).scripts.start;
    expect(start).toContain("MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} exec node --max-old-space-size=${LEDE_SERVER_HEAP_MB:-256}");
    expect(start).toContain(`--max-semi-space-size=${SERVER_SEMI_SPACE_MB} `);
  });
});
