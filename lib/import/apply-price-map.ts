import type { Database } from "@/db/client";
import { plans } from "@/db/schema";
import { slugify } from "@/lib/admin/slugify";
import { AppError } from "@/lib/errors";

/**
 * `--price-map price_…=plan`: the WordPress-era Stripe price sells the same as a Lede plan
 * (named by id or by its name's slug). A plan holds one price, so the old price gets a hidden
 * copy of the plan: honoured for the members who pay it, never offered on /subscribe.
 */
export async function applyPriceMap(db: Database, priceMap: ReadonlyMap<string, string>): Promise<string[]> {
  const done: string[] = [];
  const all = await db.select().from(plans);
  for (const [priceId, ref] of priceMap) {
    if (all.some((p) => p.stripePriceId === priceId)) {
      done.push(`${priceId}: already a plan's price`);
      continue;
    }
    const plan = all.find((p) => String(p.id) === ref || slugify(p.name) === slugify(ref));
    if (!plan) throw new AppError("INVALID_INPUT", `--price-map ${priceId}=${ref}: no plan has this id or name (plans: ${all.map((p) => `${p.id} ${slugify(p.name)}`).join(", ")}).`);
    const { name, description, benefits, level, ccaps, amount, currency, interval, trialDays, stripeProductId, position } = plan;
    const copy = { description, benefits, level, ccaps, amount, currency, interval, trialDays, stripeProductId, position };
    await db.insert(plans).values({ ...copy, name: `${name} (WordPress price)`, status: "hidden", stripePriceId: priceId });
    done.push(`${priceId}: hidden copy of plan “${plan.name}”`);
  }
  return done;
}
