import { getTranslations } from "next-intl/server";
import { PostButton } from "@/app/_components/post-button";
import { getDb } from "@/db/client";
import { env } from "@/lib/env";
import { findPrivateFeed } from "@/lib/feeds/private/find-private-feed";
import type { AccountSectionProps } from "./section-props";

/** The member's private full-text feed: its secret address, and a button to make a new one (revoking the old). */
export async function PrivateFeedSection({ member }: AccountSectionProps) {
  const secret = env().AUTH_SECRET;
  if (!secret) return null;
  const [feed, t] = await Promise.all([findPrivateFeed(await getDb(), { userId: member.viewer.id, secret }), getTranslations("account.privateFeed")]);
  const url = feed ? new URL(feed.path, env().publicOrigin).toString() : null;
  return (
    <section aria-labelledby="private-feed-heading">
      <h2 id="private-feed-heading">{t("heading")}</h2>
      <p>{t("intro")}</p>
      {url ? (
        <>
          <p>
            <label htmlFor="private-feed-url">{t("address")}</label> <input id="private-feed-url" data-testid="private-feed-url" type="text" readOnly value={url} size={60} />
          </p>
          <PostButton action="/api/account/private-feed" label={t("newAddress")} confirm={t("newAddressConfirm")} className="button" />
        </>
      ) : (
        <PostButton action="/api/account/private-feed" label={t("create")} className="button primary" />
      )}
    </section>
  );
}
