"use client";

import { useTranslations } from "next-intl";
import { TextAreaField, TextField } from "./fields";

export interface EditorSeo {
  title: string;
  description: string;
  socialTitle: string;
  socialDescription: string;
}

/** Search and social overrides; empty fields fall back to the title and standfirst. */
export function SeoFields({ seo }: { seo: EditorSeo }) {
  const t = useTranslations("admin.seo");
  return (
    <fieldset className="field">
      <legend>
        <strong>{t("legend")}</strong>
      </legend>
      <p className="hint">{t("hint")}</p>
      <TextField name="seo.title" label={t("title")} defaultValue={seo.title} hint={t("titleHint")} />
      <TextAreaField name="seo.description" label={t("description")} defaultValue={seo.description} rows={2} />
      <TextField name="seo.socialTitle" label={t("socialTitle")} defaultValue={seo.socialTitle} hint={t("socialTitleHint")} />
      <TextAreaField name="seo.socialDescription" label={t("socialDescription")} defaultValue={seo.socialDescription} rows={2} />
    </fieldset>
  );
}
