import type { SeedTag } from "./types";

export const tags: SeedTag[] = [
  { slug: "nato", name: "NATO" },
  { slug: "eu-council", name: "EU Council" },
  { slug: "european-parliament", name: "European Parliament" },
  { slug: "sanctions", name: "Sanctions" },
  { slug: "drones", name: "Drones" },
  { slug: "arms-exports", name: "Arms exports" },
  { slug: "energy", name: "Energy" },
  { slug: "elections", name: "Elections" },
  { slug: "peacekeeping", name: "Peacekeeping" },
  { slug: "cyber", name: "Cyber" },
  { slug: "maritime-security", name: "Maritime security" },
  { slug: "defence-industry", name: "Defence industry" },
  { slug: "intelligence", name: "Intelligence" },
  { slug: "humanitarian", name: "Humanitarian" },
  { slug: "black-sea", name: "Black Sea" },
  { slug: "border-management", name: "Border management" },
];
