import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { CATALOGUES } from "./catalogue";
import { LOCALES } from "./locales";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The arguments a message names ({name}, {count, plural, …}, <b>…</b>). */
function argumentsOf(message: string, locale: string): string[] {
  const names = new Set<string>();
  const walk = (elements: unknown[]) => {
    for (const el of elements as { type: number; value?: string; options?: Record<string, { value: unknown[] }>; children?: unknown[] }[]) {
      if (el.type !== 0 && el.type !== 7 && el.value) names.add(el.value);
      for (const option of Object.values(el.options ?? {})) walk(option.value);
      if (el.children) walk(el.children);
    }
  };
  walk(new IntlMessageFormat(message, locale, undefined, { ignoreTag: false }).getAst());
  return [...names].sort();
}

const english = flatten(CATALOGUES.en as unknown as Tree);

describe("message catalogues", () => {
  for (const locale of LOCALES) {
    const messages = flatten(CATALOGUES[locale] as unknown as Tree);

    it(`${locale}: every message parses as ICU`, () => {
      for (const [key, message] of messages) expect(() => argumentsOf(message, locale), key).not.toThrow();
    });

    it(`${locale}: the same keys as English, each with the same arguments`, () => {
      expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [key, message] of english) expect(argumentsOf(messages.get(key) ?? "", locale), key).toEqual(argumentsOf(message, "en"));
    });

    it(`${locale}: no message is empty`, () => {
      for (const [key, message] of messages) expect(message.trim(), key).not.toBe("");
    });
  }
});
