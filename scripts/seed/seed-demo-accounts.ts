import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { authors, memberCcaps, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";

/** Shared by every demo account; listed in the README. Development only. */
export const DEMO_PASSWORD = "meridian-demo";

type Role = "reader" | "author" | "editor" | "admin";

export const DEMO_ACCOUNTS: { email: string; name: string; level: number; role: Role; ccaps?: string[]; authorSlug?: string }[] = [
  { email: "level0@meridian.example", name: "Lena Free", level: 0, role: "reader" },
  { email: "level1@meridian.example", name: "Ravi Reader", level: 1, role: "reader" },
  { email: "level2@meridian.example", name: "Paula Premium", level: 2, role: "reader" },
  { email: "level3@meridian.example", name: "Ines Insider", level: 3, role: "reader" },
  { email: "level4@meridian.example", name: "Pieter Patron", level: 4, role: "reader" },
  { email: "ccap@meridian.example", name: "Dara Dossier", level: 1, role: "reader", ccaps: ["dossier_libya", "pdf_edition"] },
  { email: "author@meridian.example", name: "Clara Vermeulen", level: 0, role: "author", authorSlug: "clara-vermeulen" },
  { email: "editor@meridian.example", name: "Eddie Editor", level: 0, role: "editor" },
  { email: "admin@meridian.example", name: "Ada Admin", level: 0, role: "admin" },
];

export async function seedDemoAccounts(db: Database, options: { authorIds: Map<string, number> }): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    const [user] = await db
      .insert(users)
      .values({ email: account.email, name: account.name, level: account.level, role: account.role, passwordHash, emailVerified: new Date() })
      .returning({ id: users.id });
    const userId = user!.id;
    for (const ccap of account.ccaps ?? []) await db.insert(memberCcaps).values({ userId, ccap });
    const authorId = account.authorSlug ? options.authorIds.get(account.authorSlug) : undefined;
    if (authorId !== undefined) await db.update(authors).set({ userId }).where(eq(authors.id, authorId));
  }
}
