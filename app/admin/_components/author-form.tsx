"use client";

import { useTranslations } from "next-intl";
import { AdminForm } from "./admin-form";
import { TextAreaField, TextField } from "./fields";
import { ImageUpload } from "./image-upload";

export interface AuthorFields {
  id: number;
  name: string;
  slug: string;
  roleLine: string;
  bio: string;
  photo: string | null;
  userEmail: string | null;
}

export function AuthorForm({ author }: { author: AuthorFields | null }) {
  const t = useTranslations("admin.authorForm");
  return (
    <AdminForm action={author ? `/api/admin/authors/${author.id}` : "/api/admin/authors"} label={t("formLabel")}>
      <TextField name="name" label={t("name")} defaultValue={author?.name ?? ""} />
      <TextField name="slug" label={t("slug")} defaultValue={author?.slug ?? ""} hint={t("slugHint")} />
      <ImageUpload name="photo" label={t("photo")} initial={author?.photo ?? null} />
      <TextField name="roleLine" label={t("roleLine")} defaultValue={author?.roleLine ?? ""} placeholder={t("roleLinePlaceholder")} />
      <TextAreaField name="bio" label={t("bio")} defaultValue={author?.bio ?? ""} />
      <TextField name="userEmail" type="email" label={t("userEmail")} defaultValue={author?.userEmail ?? ""} hint={t("userEmailHint")} />
      <button className="button primary" type="submit">
        {t("save")}
      </button>
    </AdminForm>
  );
}
