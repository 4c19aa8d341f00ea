import type { SeedCategory } from "./types";

export const categories: SeedCategory[] = [
  {
    slug: "regions",
    name: "Regions",
    description: "Reporting organised by the parts of Europe's neighbourhood where its security is most directly at stake.",
  },
  {
    slug: "north-africa",
    name: "North Africa",
    parent: "regions",
    description: "Politics, security and migration across the Maghreb and the southern shore of the Mediterranean.",
  },
  {
    slug: "libya",
    name: "Libya",
    parent: "north-africa",
    description: "A divided state, its rival authorities and armed groups, and the European interests tied to its coast and oilfields.",
  },
  {
    slug: "tunisia",
    name: "Tunisia",
    parent: "north-africa",
    description: "Tunisia's political trajectory and its migration and economic partnership with the European Union.",
  },
  {
    slug: "eastern-europe",
    name: "Eastern Europe",
    parent: "regions",
    description: "The EU's eastern frontier, from the Baltic states to Moldova, and the hybrid threats facing it.",
  },
  {
    slug: "ukraine",
    name: "Ukraine",
    parent: "eastern-europe",
    description: "The war, Western military and economic support, and Ukraine's path towards EU membership.",
  },
  {
    slug: "sahel",
    name: "Sahel",
    parent: "regions",
    description: "Conflict, military governments and shifting foreign partnerships from Mali to Chad.",
  },
  {
    slug: "western-balkans",
    name: "Western Balkans",
    parent: "regions",
    description: "Enlargement, peacekeeping and unresolved disputes in the EU's south-eastern neighbourhood.",
  },
  {
    slug: "policy",
    name: "Policy",
    description: "How European institutions and governments make decisions on security, foreign affairs and their neighbourhood.",
  },
  {
    slug: "defence",
    name: "Defence",
    parent: "policy",
    description: "Military planning, procurement and the European defence industry, from NATO headquarters to the factory floor.",
  },
  {
    slug: "diplomacy",
    name: "Diplomacy",
    parent: "policy",
    description: "Negotiations, sanctions and the foreign policy machinery of the EU and its member states.",
  },
  {
    slug: "migration",
    name: "Migration",
    parent: "policy",
    description: "Asylum, border control and the EU's migration deals with countries of origin and transit.",
  },
  {
    slug: "energy-security",
    name: "Energy security",
    parent: "policy",
    description: "Pipelines, cables, supply contracts and the geopolitics of keeping Europe's lights on.",
  },
];
