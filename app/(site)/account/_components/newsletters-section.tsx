import { getTranslations } from "next-intl/server";
import { JsonForm } from "@/app/_components/json-form";
import { NewsletterChoices } from "@/app/_components/newsletter-choices";
import { getDb } from "@/db/client";
import { listMemberNewsletters } from "@/lib/newsletters/member-newsletters";
import type { AccountSectionProps } from "./section-props";

/** The newsletters the member receives, each a box to tick or untick. */
export async function NewslettersSection({ member }: AccountSectionProps) {
  const newsletters = await listMemberNewsletters(await getDb(), member.viewer.id);
  if (newsletters.length === 0) return null;
  const t = await getTranslations("account.newsletters");
  return (
    <section aria-labelledby="newsletters-heading">
      <h2 id="newsletters-heading">{t("heading")}</h2>
      <JsonForm id="newsletters" action="/api/account/newsletters" submit={t("save")} fields={[]}>
        <NewsletterChoices newsletters={newsletters} />
      </JsonForm>
    </section>
  );
}
