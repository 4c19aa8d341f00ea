import { getTranslations } from "next-intl/server";

/** One checkbox per newsletter (`newsletter-<id>`), for the account page and the sign-up form. */
export async function NewsletterChoices({ newsletters }: { newsletters: readonly { id: number; name: string; description: string; cadence: string; isOptedIn: boolean }[] }) {
  const t = await getTranslations("account.newsletters");
  return (
    <fieldset className="newsletter-choices">
      <legend>{t("legend")}</legend>
      {newsletters.map((n) => (
        <div className="field checkbox" key={n.id}>
          <input id={`newsletter-${n.id}`} type="checkbox" name={`newsletter-${n.id}`} defaultChecked={n.isOptedIn} />
          <label htmlFor={`newsletter-${n.id}`}>
            {n.name} <span className="meta">({t("cadence", { cadence: n.cadence })})</span>
            {n.description && <span className="meta"> — {n.description}</span>}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
