import { eq } from "drizzle-orm";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { createTestDatabase } from "@/db/test-database";
import { startStripeStandIn, type StripeStandIn } from "@/scripts/stripe-stand-in/index";
import { stripeGateway } from "../stripe-gateway";
import { savePlan } from "./save-plan";

let db: Database;
let drop: () => Promise<void>;
let standIn: StripeStandIn;
let editorId: string;

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  standIn = await startStripeStandIn();
  const [editor] = await db.insert(users).values({ email: "editor@example.org", role: "editor" }).returning({ id: users.id });
  editorId = editor!.id;
});
afterAll(async () => {
  await standIn.stop();
  await drop();
});

const gateway = () => stripeGateway(new Stripe("sk_test_standin", { host: "127.0.0.1", port: standIn.port, protocol: "http", maxNetworkRetries: 0, telemetry: false }));
/** A real price at the stand-in, as an editor would paste one from the Stripe dashboard. */
async function stripePrice(amount: number, key: string): Promise<string> {
  const productId = await gateway().createProduct({ name: `linked ${key}`, description: "", idempotencyKey: `prod-${key}` });
  return gateway().createPrice({ productId, amount, currency: "eur", interval: "month", idempotencyKey: `price-${key}` });
}
const form = { name: "Reader", description: "All the reporting", benefits: ["Weekly briefing"], level: 1, ccaps: [], price: "9.50", currency: "EUR", interval: "month" };

describe("savePlan", () => {
  it("creates the Stripe product and price for a new plan, and audits it", async () => {
    const plan = await savePlan(db, gateway(), { input: form, actorId: editorId });
    expect(plan.amount).toBe(950);
    expect(plan.currency).toBe("eur");
    expect(plan.stripePriceId).toMatch(/^price_/);
    const price = standIn.prices.get(plan.stripePriceId!);
    expect(price?.unit_amount).toBe(950);
    expect(price?.recurring?.interval).toBe("month");
    const audit = await db.select().from(auditLog).where(eq(auditLog.targetId, String(plan.id)));
    expect(audit[0]).toMatchObject({ action: "plan.create", actorId: editorId });
  });

  it("keeps a linked price, and makes a new price when the amount changes", async () => {
    const existing = await stripePrice(950, "existing");
    const linked = await savePlan(db, gateway(), { input: { ...form, name: "Linked", stripePriceId: existing }, actorId: editorId });
    expect(linked.stripePriceId).toBe(existing);
    const renamed = await savePlan(db, gateway(), { input: { ...form, name: "Linked again", stripePriceId: "" }, id: linked.id, actorId: editorId });
    expect(renamed.stripePriceId).toBe(existing);
    const repriced = await savePlan(db, gateway(), { input: { ...form, price: 12 }, id: linked.id, actorId: editorId });
    expect(repriced.stripePriceId).not.toBe(existing);
    expect(standIn.prices.get(repriced.stripePriceId!)?.unit_amount).toBe(1200);
  });

  it("refuses bad input with field errors and a duplicate price with a conflict", async () => {
    await expect(savePlan(db, gateway(), { input: { ...form, ccaps: ["not_in_catalogue"] }, actorId: editorId })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(savePlan(db, gateway(), { input: { ...form, name: "", level: 7, price: -1, currency: "euro", ccaps: ["Bad Name"] }, actorId: editorId })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: expect.objectContaining({ name: expect.any(String), level: expect.any(String), price: expect.any(String), currency: expect.any(String), "ccaps.0": expect.any(String) }),
    });
    const dupe = await stripePrice(950, "dupe");
    await savePlan(db, gateway(), { input: { ...form, stripePriceId: dupe }, actorId: editorId });
    await expect(savePlan(db, gateway(), { input: { ...form, stripePriceId: dupe }, actorId: editorId })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("refuses a linked price Stripe does not have, or one that charges another amount than the form says", async () => {
    await expect(savePlan(db, gateway(), { input: { ...form, stripePriceId: "price_nowhere123" }, actorId: editorId })).rejects.toMatchObject({ fieldErrors: { stripePriceId: "Stripe has no such price." } });
    const dearer = await stripePrice(1200, "dearer");
    await expect(savePlan(db, gateway(), { input: { ...form, stripePriceId: dearer }, actorId: editorId })).rejects.toMatchObject({ fieldErrors: { stripePriceId: expect.stringContaining("1200") } });
  });
});
