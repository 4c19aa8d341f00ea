"use client";

import { useTranslations } from "next-intl";
import { FieldError } from "../_components/admin-form";
import type { NavItem } from "@/lib/settings/site-identity";

const EXTRA_LINKS = 5;

/**
 * The navigation rows: each category with "show" and an order number, then extra links.
 * Posted as `nav.<id>.show|order` and `links.<n>.label|href|order` (lib/admin/site/site-identity-form).
 */
export function NavigationFields(props: { categories: readonly { id: number; name: string; depth: number }[]; navigation: readonly NavItem[] | null }) {
  const t = useTranslations("adminPeople.site.nav");
  const nav = props.navigation ?? [];
  const orderOf = (match: (item: NavItem) => boolean) => {
    const i = nav.findIndex(match);
    return i < 0 ? "" : String((i + 1) * 10);
  };
  const links = nav.filter((n) => n.kind === "link");
  return (
    <>
      <fieldset className="field">
        <legend>
          {t.rich("sections", { strong: (chunks) => <strong>{chunks}</strong> })}
        </legend>
        {props.categories.map((c) => {
          const order = orderOf((n) => n.kind === "section" && n.categoryId === c.id);
          return (
            <div key={c.id} className="inline-form" style={{ marginLeft: `${c.depth * 1.5}rem` }}>
              <label>
                <input type="checkbox" name={`nav.${c.id}.show`} defaultChecked={order !== ""} /> {c.name}
              </label>
              <label>
                {t("order")} <input type="number" name={`nav.${c.id}.order`} min={0} max={999} defaultValue={order || "0"} aria-label={t("orderOf", { name: c.name })} style={{ width: "5rem" }} />
              </label>
            </div>
          );
        })}
      </fieldset>
      <fieldset className="field">
        <legend>
          <strong>{t("extraLinks")}</strong>
        </legend>
        {Array.from({ length: EXTRA_LINKS }, (_, n) => {
          const link = links[n];
          const order = link ? orderOf((item) => item === link) : "";
          return (
            <div key={n} className="inline-form">
              <label>
                {t("text")} <input name={`links.${n}.label`} defaultValue={link?.label ?? ""} aria-label={t("textOf", { n: n + 1 })} />
              </label>
              <label>
                {t("address")} <input name={`links.${n}.href`} defaultValue={link?.href ?? ""} placeholder={t("addressPlaceholder")} aria-label={t("addressOf", { n: n + 1 })} />
              </label>
              <label>
                {t("order")} <input type="number" name={`links.${n}.order`} min={0} max={999} defaultValue={order || "0"} aria-label={t("orderOfLink", { n: n + 1 })} style={{ width: "5rem" }} />
              </label>
              <FieldError name={`links.${n}.label`} />
              <FieldError name={`links.${n}.href`} />
            </div>
          );
        })}
      </fieldset>
    </>
  );
}
