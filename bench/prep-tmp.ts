import { prepareBenchDatabase } from "./data/prepare-bench-database";
import { parseBenchOptions } from "./bench-options";
const o = parseBenchOptions(["--large-only"]);
const t = Date.now();
const db = await prepareBenchDatabase(o.large, process.env.DATABASE_URL);
console.log("ready", JSON.stringify(db).slice(0, 300), (Date.now() - t) / 1000, "s");
process.exit(0);
