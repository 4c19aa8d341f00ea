-- Custom migration: every plan's current price becomes its first row in plan_prices.
INSERT INTO "plan_prices" ("stripe_price_id", "plan_id", "amount", "currency", "interval")
SELECT "stripe_price_id", "id", "amount", "currency", "interval" FROM "plans" WHERE "stripe_price_id" IS NOT NULL
ON CONFLICT DO NOTHING;
