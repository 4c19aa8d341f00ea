import { describe, expect, it } from "vitest";
import { planInputSchema } from "./plan-schema";

const form = { name: "Weekend", level: "1", price: "5", currency: "eur", interval: "month" };

describe("planInputSchema's price id", () => {
  it("accepts the ids Stripe and the local test mode make (base64url: letters, digits, _ and -)", () => {
    for (const id of ["price_1QabcDEF234", "price_test_c_VQ-6mW6qAJ", "price_demo_reader", ""]) {
      expect(planInputSchema.safeParse({ ...form, stripePriceId: id }).success, id).toBe(true);
    }
  });

  it("refuses anything else", () => {
    for (const id of ["prod_123", "price_", "price_a b", "price_<script>"]) {
      expect(planInputSchema.safeParse({ ...form, stripePriceId: id }).success, id).toBe(false);
    }
  });
});
