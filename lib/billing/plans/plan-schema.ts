import { z } from "zod";

const ccapName = z.string().trim().regex(/^[a-z0-9_]{1,40}$/, "Capabilities are short names: lowercase letters, digits, underscores.");

/** An editor's plan form, validated on the server. Prices are entered in major units (9.50). */
export const planInputSchema = z.object({
  name: z.string().trim().min(1, "Give the plan a name.").max(80),
  description: z.string().trim().max(500).default(""),
  /** One benefit per line in the form, or a list. */
  benefits: z
    .preprocess((v) => (typeof v === "string" ? v.split("\n").map((b) => b.trim()).filter(Boolean) : v), z.array(z.string().trim().min(1).max(120)).max(12))
    .default([]),
  level: z.coerce.number().int().min(0, "Levels go from 0 to 4.").max(4, "Levels go from 0 to 4."),
  ccaps: z.array(ccapName).max(10).default([]),
  price: z.coerce.number().positive("Enter a price above zero.").max(100_000),
  currency: z.string().trim().toLowerCase().regex(/^[a-z]{3}$/, "Use a three-letter currency code (eur, usd…)."),
  interval: z.enum(["month", "year"]),
  trialDays: z.coerce.number().int().min(0).max(365).default(0),
  status: z.enum(["active", "hidden"]).default("active"),
  /** An existing Stripe price to link; empty creates a new product and price. */
  stripePriceId: z
    .string()
    .trim()
    .regex(/^(price_[A-Za-z0-9_-]+)?$/, "A Stripe price id starts with price_.")
    .default(""),
  position: z.coerce.number().int().min(0).max(1000).default(0),
});

export type PlanInput = z.infer<typeof planInputSchema>;
