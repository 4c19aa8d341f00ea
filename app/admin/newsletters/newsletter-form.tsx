import type { Newsletter } from "@/db/schema";
import { AdminForm } from "../_components/admin-form";
import { CheckboxGroup, SelectField, TextAreaField, TextField } from "../_components/fields";

const CADENCES = [
  { value: "per-article", label: "Per article (an editor sends each piece)" },
  { value: "digest", label: "Digest (the pieces since the last issue)" },
];

/** Name, description, cadence and followed sections of a newsletter (new when `newsletter` is null). */
export function NewsletterForm({ newsletter, sections }: { newsletter: Newsletter | null; sections: { value: string; label: string }[] }) {
  return (
    <AdminForm action={newsletter ? `/api/admin/newsletters/${newsletter.id}` : "/api/admin/newsletters"} label={newsletter ? "Edit the newsletter" : "New newsletter"}>
      <TextField name="name" label="Name" defaultValue={newsletter?.name} required />
      <TextAreaField name="description" label="Description (shown to members)" defaultValue={newsletter?.description} rows={2} />
      <SelectField name="cadence" label="Cadence" options={CADENCES} defaultValue={newsletter?.cadence ?? "per-article"} />
      <CheckboxGroup name="categoryIds" label="Sections it follows (none: all)" options={sections} checked={newsletter?.categoryIds.map(String) ?? []} hint="Sub-sections are included. A digest collects the pieces of these sections." />
      <button className="button primary" type="submit">
        {newsletter ? "Save newsletter" : "Create newsletter"}
      </button>
    </AdminForm>
  );
}
