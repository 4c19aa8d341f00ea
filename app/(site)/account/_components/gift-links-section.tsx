import { getTranslations } from "next-intl/server";
import { GiftLinkTable } from "@/app/_components/gift-link-table";
import { getDb } from "@/db/client";
import { listGiftLinks } from "@/lib/access/gift/list-gift-links";
import { env } from "@/lib/env";
import type { AccountSectionProps } from "./section-props";

/** The member's gift links, when they made any. */
export async function GiftLinksSection({ member, now }: AccountSectionProps) {
  const secret = env().AUTH_SECRET;
  if (!secret) return null;
  const gifts = await listGiftLinks(await getDb(), { giverId: member.viewer.id }, secret);
  if (gifts.length === 0) return null;
  const t = await getTranslations("account.giftLinks");
  return (
    <section aria-labelledby="gifts-heading">
      <h2 id="gifts-heading">{t("heading")}</h2>
      <GiftLinkTable links={gifts} action="/api/account/gifts" now={now} className="sessions" testId="gift-links" />
    </section>
  );
}
