/**
 * Generates the demo newsroom's illustrations: one abstract hero per article and one
 * initials portrait per author. Deterministic (seeded by slug), no network, no dependencies.
 *
 *   npx tsx scripts/generate-demo-images.ts
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import { articlesA } from "./seed/seed-data/articles-a";
import { articlesB } from "./seed/seed-data/articles-b";
import { authors } from "./seed/seed-data/authors";
import type { SeedArticle, SeedAuthor } from "./seed/seed-data/types";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const heroDir = join(root, "public", "images", "heroes");
const authorDir = join(root, "public", "images", "authors");

/** FNV-1a, 32 bit. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small seeded PRNG returning floats in [0, 1). */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hsl(h: number, s: number, l: number): string {
  const sat = s / 100;
  const lig = l / 100;
  const k = (n: number) => (n + h / 30) % 12;
  const a = sat * Math.min(lig, 1 - lig);
  const f = (n: number) => lig - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  const hex = (x: number) => Math.round(x * 255).toString(16).padStart(2, "0");
  return `#${hex(f(0))}${hex(f(8))}${hex(f(4))}`;
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** Base hue and saturation per primary category, so related stories share a palette. */
const palettes: Record<string, [hue: number, sat: number]> = {
  regions: [30, 20],
  "north-africa": [35, 32],
  libya: [38, 34],
  tunisia: [16, 32],
  sahel: [26, 36],
  "eastern-europe": [212, 18],
  ukraine: [205, 26],
  "western-balkans": [140, 14],
  policy: [220, 16],
  defence: [85, 12],
  diplomacy: [222, 28],
  migration: [182, 26],
  "energy-security": [42, 30],
};

function heroSvg(article: SeedArticle): string {
  const rand = rng(hash(article.slug));
  const r = (min: number, max: number) => Math.round(min + rand() * (max - min));
  const [baseHue, sat] = palettes[article.categories[0] ?? ""] ?? [210, 15];
  const hue = (baseHue + r(-8, 8) + 360) % 360;
  const dark = hsl(hue, sat, r(18, 26));
  const mid = hsl((hue + 14) % 360, sat, r(34, 42));
  const land = hsl((hue + 350) % 360, Math.max(sat - 6, 6), r(52, 62));
  const line = hsl(hue, Math.max(sat - 10, 5), 82);
  const accent = hsl((hue + 180) % 360, sat + 12, 66);

  // A coastline crossing the frame, filled towards one edge.
  const w = 1200;
  const h = 675;
  const fromTop = rand() < 0.5;
  const baseY = r(250, 420);
  const steps = 6;
  let coast = `M0 ${baseY}`;
  for (let i = 1; i <= steps; i++) {
    const x = Math.round((w / steps) * i);
    const y = baseY + r(-90, 90);
    const cx = Math.round(x - w / steps / 2);
    coast += ` Q${cx} ${y + r(-60, 60)} ${x} ${y}`;
  }
  const edge = fromTop ? `L${w} 0 L0 0Z` : `L${w} ${h} L0 ${h}Z`;

  const parts: string[] = [];
  // Graticule.
  for (let x = r(60, 140); x < w; x += r(170, 230)) {
    parts.push(`<path d="M${x} 0V${h}"/>`);
  }
  for (let y = r(50, 110); y < h; y += r(140, 190)) {
    parts.push(`<path d="M0 ${y}H${w}"/>`);
  }
  const grid = `<g stroke="${line}" stroke-opacity=".12" stroke-width="1">${parts.join("")}</g>`;

  // Places and a dashed route between them.
  const points: Array<[number, number]> = [];
  const count = r(3, 5);
  for (let i = 0; i < count; i++) points.push([r(120, 1080), r(90, 585)]);
  points.sort((a, b) => a[0] - b[0]);
  const route = `<path d="M${points.map((p) => p.join(" ")).join(" L")}" fill="none" stroke="${accent}" stroke-opacity=".7" stroke-width="2.5" stroke-dasharray="10 9"/>`;
  const circles = points
    .map(([x, y], i) => {
      const ring = i === 0 ? `<circle cx="${x}" cy="${y}" r="${r(48, 90)}" fill="none" stroke="${line}" stroke-opacity=".35"/>` : "";
      return `${ring}<circle cx="${x}" cy="${y}" r="${r(5, 9)}" fill="${accent}"/>`;
    })
    .join("");

  const title = escapeXml(article.hero.alt);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-labelledby="t">`,
    `<title id="t">${title}</title>`,
    `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${mid}"/><stop offset="1" stop-color="${dark}"/></linearGradient></defs>`,
    `<rect width="${w}" height="${h}" fill="url(#g)"/>`,
    grid,
    `<path d="${coast} ${edge}" fill="${land}" fill-opacity=".55"/>`,
    `<path d="${coast}" fill="none" stroke="${line}" stroke-opacity=".5" stroke-width="2"/>`,
    route,
    circles,
    `</svg>`,
    "",
  ].join("\n");
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => part[0]?.toUpperCase() ?? "")
    .slice(0, 2)
    .join("");
}

function authorSvg(author: SeedAuthor): string {
  const hue = hash(author.slug) % 360;
  const bg = hsl(hue, 10, 93);
  const circle = hsl(hue, 30, 38);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 256 256" width="256" height="256" role="img" aria-labelledby="t">`,
    `<title id="t">${escapeXml(`Portrait placeholder for ${author.name}`)}</title>`,
    `<rect width="256" height="256" fill="${bg}"/>`,
    `<circle cx="128" cy="128" r="112" fill="${circle}"/>`,
    `<text x="128" y="128" dy=".35em" text-anchor="middle" font-family="Georgia, 'Times New Roman', serif" font-size="92" fill="#fff">${escapeXml(initials(author.name))}</text>`,
    `</svg>`,
    "",
  ].join("\n");
}

function main(): void {
  mkdirSync(heroDir, { recursive: true });
  mkdirSync(authorDir, { recursive: true });

  const articles = [...articlesA, ...articlesB];
  const seen = new Set<string>();
  let largest = 0;
  for (const article of articles) {
    if (seen.has(article.slug)) throw new Error(`Duplicate article slug: ${article.slug}`);
    seen.add(article.slug);
    const svg = heroSvg(article);
    largest = Math.max(largest, Buffer.byteLength(svg));
    writeFileSync(join(heroDir, `${article.slug}.svg`), svg);
  }
  for (const author of authors) {
    const svg = authorSvg(author);
    largest = Math.max(largest, Buffer.byteLength(svg));
    writeFileSync(join(authorDir, `${author.slug}.svg`), svg);
  }
  console.log(
    `Wrote ${articles.length} hero images and ${authors.length} author portraits (largest ${largest} bytes).`,
  );
}

main();
