CREATE TABLE "legacy_redirects" (
	"from_path" text PRIMARY KEY NOT NULL,
	"to_path" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wordpress_import_map" (
	"kind" text NOT NULL,
	"wp_key" text NOT NULL,
	"lede_id" text NOT NULL,
	"source_hash" text NOT NULL,
	"lede_version" integer,
	"detail" jsonb,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wordpress_import_map_kind_wp_key_pk" PRIMARY KEY("kind","wp_key")
);
--> statement-breakpoint
CREATE INDEX "wordpress_import_map_lede_idx" ON "wordpress_import_map" USING btree ("kind","lede_id");