CREATE TABLE "checkout_attributions" (
	"id" serial PRIMARY KEY NOT NULL,
	"event" text NOT NULL,
	"member_id" text,
	"article_id" integer,
	"gift_link_id" integer,
	"plan_id" integer,
	"checkout_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "checkout_attributions_checkout_id_unique" UNIQUE("checkout_id")
);
--> statement-breakpoint
ALTER TABLE "checkout_attributions" ADD CONSTRAINT "checkout_attributions_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkout_attributions" ADD CONSTRAINT "checkout_attributions_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkout_attributions" ADD CONSTRAINT "checkout_attributions_gift_link_id_gift_links_id_fk" FOREIGN KEY ("gift_link_id") REFERENCES "public"."gift_links"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkout_attributions" ADD CONSTRAINT "checkout_attributions_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "checkout_attributions_article_idx" ON "checkout_attributions" USING btree ("article_id","created_at");--> statement-breakpoint
CREATE INDEX "checkout_attributions_created_idx" ON "checkout_attributions" USING btree ("created_at");