import { getTranslations } from "next-intl/server";
import type { Newsletter } from "@/db/schema";
import { AdminForm } from "../_components/admin-form";
import { CheckboxGroup, SelectField, TextAreaField, TextField } from "../_components/fields";

/** Name, description, cadence and followed sections of a newsletter (new when `newsletter` is null). */
export async function NewsletterForm({ newsletter, sections }: { newsletter: Newsletter | null; sections: { value: string; label: string }[] }) {
  const t = await getTranslations("admin.newsletters");
  const cadences = [
    { value: "per-article", label: t("perArticleOption") },
    { value: "digest", label: t("digestOption") },
  ];
  return (
    <AdminForm action={newsletter ? `/api/admin/newsletters/${newsletter.id}` : "/api/admin/newsletters"} label={newsletter ? t("editLabel") : t("new")}>
      <TextField name="name" label={t("name")} defaultValue={newsletter?.name} required />
      <TextAreaField name="description" label={t("description")} defaultValue={newsletter?.description} rows={2} />
      <SelectField name="cadence" label={t("cadence")} options={cadences} defaultValue={newsletter?.cadence ?? "per-article"} />
      <CheckboxGroup name="categoryIds" label={t("sections")} options={sections} checked={newsletter?.categoryIds.map(String) ?? []} hint={t("sectionsHint")} />
      <button className="button primary" type="submit">
        {newsletter ? t("save") : t("create")}
      </button>
    </AdminForm>
  );
}
