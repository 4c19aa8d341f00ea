"use client";

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

const NOUN: Record<Kind, string> = { categories: "category", tags: "tag" };

/** Name, slug, description and, for a category, its parent and position. */
function SectionFields(props: { kind: Kind; items: readonly SectionItem[]; item?: SectionItem }) {
  const { item } = props;
  const parents = props.items.filter((c) => c.id !== item?.id).map((c) => ({ value: String(c.id), label: `${"— ".repeat(c.depth)}${c.name}` }));
  return (
    <>
      <TextField name="name" label="Name" defaultValue={item?.name} required />
      <TextField name="slug" label="Slug" defaultValue={item?.slug} hint={item ? `Changing it moves the page; /${props.kind}/${item.slug} will redirect to the new address.` : "Leave empty to make it from the name."} />
      <TextAreaField name="description" label="Description" defaultValue={item?.description} rows={2} />
      {props.kind === "categories" && (
        <>
          <SelectField name="parentId" label="Parent" defaultValue={item?.parentId ? String(item.parentId) : ""} options={[{ value: "", label: "(top level)" }, ...parents]} />
          <TextField name="position" label="Position among its siblings" type="number" defaultValue={item?.position ?? 0} />
        </>
      )}
    </>
  );
}

/** One section: edit, merge into another, delete. */
function SectionEntry(props: Props & { item: SectionItem }) {
  const { kind, item } = props;
  const base = `/api/admin/sections/${kind}/${item.id}`;
  const others = props.items.filter((c) => c.id !== item.id).map((c) => ({ value: String(c.id), label: c.name }));
  return (
    <details className="rule" style={{ marginLeft: `${item.depth * 1.5}rem` }}>
      <summary>
        <strong>{item.name}</strong> <span className="meta">/{kind}/{item.slug}</span>
      </summary>
      <AdminForm action={base} label={`Edit ${item.name}`}>
        <SectionFields kind={kind} items={props.items} item={item} />
        <button className="button" type="submit">
          Save
        </button>
      </AdminForm>
      <AdminForm action={`${base}/merge`} className="inline-form" label={`Merge ${item.name}`} confirm={`Merge “${item.name}” into the ${NOUN[kind]} you chose? Its articles move there and it is deleted.`}>
        <SelectField name="targetId" label={`Merge into another ${NOUN[kind]}`} options={[{ value: "", label: "Choose…" }, ...others]} />
        <button className="button" type="submit">
          Merge
        </button>
      </AdminForm>
      <AdminForm action={`${base}/delete`} className="inline-form" label={`Delete ${item.name}`} confirm={`Delete “${item.name}”? Its articles stay, filed under their other sections.`}>
        <button className="button danger" type="submit">
          Delete {NOUN[kind]}
        </button>
      </AdminForm>
    </details>
  );
}

/** The list of one kind of section, with a form to add one. */
export function SectionForms(props: Props) {
  const noun = NOUN[props.kind];
  return (
    <>
      {props.items.map((item) => (
        <SectionEntry key={item.id} {...props} item={item} />
      ))}
      <details className="rule">
        <summary>
          <strong>New {noun}</strong>
        </summary>
        <AdminForm action={`/api/admin/sections/${props.kind}`} label={`New ${noun}`} resetOnSuccess>
          <SectionFields kind={props.kind} items={props.items} />
          <RequirementFields prefix="requirement" level={null} ccaps={[]} levelLabels={props.levelLabels} catalogue={props.catalogue} />
          <button className="button primary" type="submit">
            Create {noun}
          </button>
        </AdminForm>
      </details>
    </>
  );
}
