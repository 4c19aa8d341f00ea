CREATE TABLE "organisation_managers" (
	"organisation_id" integer NOT NULL,
	"user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_managers_organisation_id_user_id_pk" PRIMARY KEY("organisation_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "organisation_reads" (
	"organisation_id" integer NOT NULL,
	"month" date NOT NULL,
	"article_id" integer NOT NULL,
	"via" text NOT NULL,
	"reads" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "organisation_reads_organisation_id_month_article_id_via_pk" PRIMARY KEY("organisation_id","month","article_id","via")
);
--> statement-breakpoint
CREATE TABLE "organisation_seats" (
	"id" serial PRIMARY KEY NOT NULL,
	"organisation_id" integer NOT NULL,
	"email" text NOT NULL,
	"token_hash" text,
	"invited_by" text,
	"expires_at" timestamp with time zone,
	"user_id" text,
	"accepted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "email_domains" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "seats" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "organisation_managers" ADD CONSTRAINT "organisation_managers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_managers" ADD CONSTRAINT "organisation_managers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_reads" ADD CONSTRAINT "organisation_reads_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_reads" ADD CONSTRAINT "organisation_reads_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_seats" ADD CONSTRAINT "organisation_seats_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_seats" ADD CONSTRAINT "organisation_seats_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_seats" ADD CONSTRAINT "organisation_seats_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "organisation_managers_user_idx" ON "organisation_managers" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "organisation_seats_email_idx" ON "organisation_seats" USING btree ("organisation_id","email");--> statement-breakpoint
CREATE UNIQUE INDEX "organisation_seats_token_idx" ON "organisation_seats" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "organisation_seats_user_idx" ON "organisation_seats" USING btree ("user_id");