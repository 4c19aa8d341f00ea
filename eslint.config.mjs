import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Hero images and portraits are small local SVGs; next/image adds nothing for them.
      "@next/next/no-img-element": "off",
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  {
    // lib/ is the domain: it must stay testable without Next.js.
    files: ["lib/**/*.ts"],
    // Files named *-next.ts are the explicit Next.js adapters.
    ignores: ["lib/**/*-next.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["next", "next/*"], message: "lib/ must not import Next.js" },
            { group: ["@/server/*", "**/server/*"], message: "lib/ is the domain: it never imports the serving layer (server/)" },
          ],
        },
      ],
    },
  },
  {
    // lib/*-next.ts adapters may import Next, but never the serving layer either.
    files: ["lib/**/*-next.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: ["@/server/*", "**/server/*"], message: "lib/ never imports the serving layer (server/)" }] }] },
  },
  {
    // db/ is schema, migrations and the client: the domain builds on it, never the reverse.
    files: ["db/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/lib/*", "**/lib/*", "@/server/*", "**/server/*", "@/app/*", "**/app/*"], message: "db/ never imports lib/, server/ or app/" }] },
      ],
    },
  },
  globalIgnores([".next/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "bench/results/**"]),
]);
