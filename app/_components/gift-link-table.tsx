import { getTranslations } from "next-intl/server";
import { currentLocale } from "@/app/_lib/locale";
import type { ListedGiftLink } from "@/lib/access/gift/list-gift-links";
import { formatDate } from "@/lib/i18n/format";
import { PostButton } from "./post-button";

/**
 * Gift links with their opens and ends, each revocable through `action` (the account page:
 * a member's own; an admin article page: its publisher links, shown as full addresses to copy).
 */
export async function GiftLinkTable(props: { links: readonly ListedGiftLink[]; action: string; now: Date; origin?: string; className?: string; testId: string }) {
  const [t, locale] = await Promise.all([getTranslations("account.giftLinks"), currentLocale()]);
  return (
    <table className={props.className} data-testid={props.testId}>
      <thead>
        <tr>
          <th>{props.origin ? t("link") : t("article")}</th>
          <th>{t("opens")}</th>
          <th>{t("ends")}</th>
          <th></th>
        </tr>
      </thead>
      <tbody>
        {props.links.map((g) => (
          <tr key={g.id} data-gift-link={g.id}>
            <td>{props.origin ? <code>{new URL(g.path, props.origin).toString()}</code> : <a href={g.path}>{g.title}</a>}</td>
            <td>{g.maxOpens === null ? g.opens : t("opensOf", { opens: g.opens, max: g.maxOpens })}</td>
            <td>{g.revokedAt ? t("revoked") : g.expiresAt ? (g.expiresAt.getTime() <= props.now.getTime() ? t("ended") : formatDate(g.expiresAt, locale)) : t("noEnd")}</td>
            <td>{!g.revokedAt && <PostButton action={props.action} body={{ action: "revoke", id: String(g.id) }} label={t("revoke")} className="button" confirm={t("revokeConfirm")} />}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
