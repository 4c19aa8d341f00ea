/* The one schema for PostgreSQL and PGlite, by area; drizzle-kit reads this folder. */
export * from "./access";
export * from "./account";
export * from "./billing";
export * from "./content";
export * from "./members";
export * from "./newsroom";
export * from "./wordpress-import";
export * from "./site";
export * from "./member-notes";
export * from "./attribution";
export * from "./organisation-access";
export * from "./webhooks";
export * from "./newsletters";
export * from "./feeds";
export * from "./editor";
export * from "./member-actions";
