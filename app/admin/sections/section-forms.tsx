"use client";

import { useTranslations } from "next-intl";
import { AdminForm } from "../_components/admin-form";
import { RequirementFields, SelectField, TextAreaField, TextField } from "../_components/fields";

export interface SectionItem {
  id: number;
  name: string;
  slug: string;
  description: string;
  parentId?: number | null;
  position?: number;
  depth: number;
}

type Kind = "categories" | "tags";

interface Props {
  kind: Kind;
  items: readonly SectionItem[];
  levelLabels: readonly string[];
  catalogue: readonly { name: string }[];
}


/** Name, slug, description and, for a category, its parent and position. */
function SectionFields(props: { kind: Kind; items: readonly SectionItem[]; item?: SectionItem }) {
  const { item } = props;
  const t = useTranslations("admin.sections");
  const parents = props.items.filter((c) => c.id !== item?.id).map((c) => ({ value: String(c.id), label: `${"— ".repeat(c.depth)}${c.name}` }));
  return (
    <>
      <TextField name="name" label={t("name")} defaultValue={item?.name} required />
      <TextField name="slug" label={t("slug")} defaultValue={item?.slug} hint={item ? t("slugMoveHint", { path: `/${props.kind}/${item.slug}` }) : t("slugHint")} />
      <TextAreaField name="description" label={t("description")} defaultValue={item?.description} rows={2} />
      {props.kind === "categories" && (
        <>
          <SelectField name="parentId" label={t("parent")} defaultValue={item?.parentId ? String(item.parentId) : ""} options={[{ value: "", label: t("topLevel") }, ...parents]} />
          <TextField name="position" label={t("position")} type="number" defaultValue={item?.position ?? 0} />
        </>
      )}
    </>
  );
}

/** One section: edit, merge into another, delete. */
function SectionEntry(props: Props & { item: SectionItem }) {
  const { kind, item } = props;
  const t = useTranslations("admin.sections");
  const base = `/api/admin/sections/${kind}/${item.id}`;
  const others = props.items.filter((c) => c.id !== item.id).map((c) => ({ value: String(c.id), label: c.name }));
  return (
    <details className="rule" style={{ marginLeft: `${item.depth * 1.5}rem` }}>
      <summary>
        <strong>{item.name}</strong> <span className="meta">/{kind}/{item.slug}</span>
      </summary>
      <AdminForm action={base} label={t("editOne", { name: item.name })}>
        <SectionFields kind={kind} items={props.items} item={item} />
        <button className="button" type="submit">
          {t("save")}
        </button>
      </AdminForm>
      <AdminForm action={`${base}/merge`} className="inline-form" label={t("mergeOne", { name: item.name })} confirm={t(`kinds.${kind}.mergeConfirm`, { name: item.name })}>
        <SelectField name="targetId" label={t(`kinds.${kind}.mergeInto`)} options={[{ value: "", label: t("choose") }, ...others]} />
        <button className="button" type="submit">
          {t("merge")}
        </button>
      </AdminForm>
      <AdminForm action={`${base}/delete`} className="inline-form" label={t("deleteOne", { name: item.name })} confirm={t("deleteConfirm", { name: item.name })}>
        <button className="button danger" type="submit">
          {t(`kinds.${kind}.delete`)}
        </button>
      </AdminForm>
    </details>
  );
}

/** The list of one kind of section, with a form to add one. */
export function SectionForms(props: Props) {
  const t = useTranslations("admin.sections");
  const kind = props.kind;
  return (
    <>
      {props.items.map((item) => (
        <SectionEntry key={item.id} {...props} item={item} />
      ))}
      <details className="rule">
        <summary>
          <strong>{t(`kinds.${kind}.new`)}</strong>
        </summary>
        <AdminForm action={`/api/admin/sections/${props.kind}`} label={t(`kinds.${kind}.new`)} resetOnSuccess>
          <SectionFields kind={props.kind} items={props.items} />
          <RequirementFields prefix="requirement" level={null} ccaps={[]} levelLabels={props.levelLabels} catalogue={props.catalogue} />
          <button className="button primary" type="submit">
            {t(`kinds.${kind}.create`)}
          </button>
        </AdminForm>
      </details>
    </>
  );
}
