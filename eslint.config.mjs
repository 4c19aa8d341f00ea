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
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: ["next", "next/*"], message: "lib/ must not import Next.js" }] }] },
  },
  globalIgnores([".next/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "bench/results/**"]),
]);
