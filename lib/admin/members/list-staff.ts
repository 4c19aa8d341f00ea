import { asc, ne } from "drizzle-orm";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import { isVerifiedSql } from "./load-member-target";

export async function listStaff(db: Database) {
  return db.select({ id: users.id, email: users.email, name: users.name, role: users.role, isVerified: isVerifiedSql() }).from(users).where(ne(users.role, "reader")).orderBy(asc(users.role), asc(users.email));
}
