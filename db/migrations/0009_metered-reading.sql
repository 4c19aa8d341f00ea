CREATE TABLE "meter_reads" (
	"member_id" text NOT NULL,
	"article_id" integer NOT NULL,
	"read_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "never_metered" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "meter_reads" ADD CONSTRAINT "meter_reads_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meter_reads" ADD CONSTRAINT "meter_reads_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "meter_reads_member_idx" ON "meter_reads" USING btree ("member_id","read_at");