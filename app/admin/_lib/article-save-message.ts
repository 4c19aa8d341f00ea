import { getTranslations } from "next-intl/server";
import type { SavedArticle } from "@/lib/admin/articles/save-article";

/**
 * The editor's "Saved (…)." in the site's language: saveArticle returns the facts (state,
 * publication time), the route words them. Times stay in UTC, as the editor shows them.
 */
export async function articleSaveMessage(saved: Pick<SavedArticle, "status" | "publishedAt">, now: Date): Promise<string> {
  const t = await getTranslations("admin");
  if (saved.publishedAt && saved.publishedAt > now) return t("api.savedScheduled", { when: saved.publishedAt.toISOString().slice(0, 16).replace("T", " ") });
  return t("api.saved", { status: t(`states.${saved.status}`) });
}
