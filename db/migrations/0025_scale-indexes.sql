DROP INDEX "articles_published_idx";--> statement-breakpoint
CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "users_comp_until_idx" ON "users" USING btree ("comp_until") WHERE "users"."comp_level" is not null;--> statement-breakpoint
CREATE INDEX "articles_published_idx" ON "articles" USING btree ("status","published_at","id");