import { PostButton } from "@/app/_components/post-button";
import { getDb } from "@/db/client";
import { env } from "@/lib/env";
import { findPrivateFeed } from "@/lib/feeds/private/find-private-feed";
import type { AccountSectionProps } from "./section-props";

/** The member's private full-text feed: its secret address, and a button to make a new one (revoking the old). */
export async function PrivateFeedSection({ member }: AccountSectionProps) {
  const secret = env().AUTH_SECRET;
  if (!secret) return null;
  const feed = await findPrivateFeed(await getDb(), { userId: member.viewer.id, secret });
  const url = feed ? new URL(feed.path, env().publicOrigin).toString() : null;
  return (
    <section aria-labelledby="private-feed-heading">
      <h2 id="private-feed-heading">Your private feed</h2>
      <p>
        A feed for your reader app with the full text of every piece your account may read (the others as a teaser). Keep its address to yourself: anyone who has it reads as you.
      </p>
      {url ? (
        <>
          <p>
            <label htmlFor="private-feed-url">Address</label>{" "}
            <input id="private-feed-url" data-testid="private-feed-url" type="text" readOnly value={url} size={60} />
          </p>
          <PostButton action="/api/account/private-feed" label="Make a new address" confirm="The current address will stop working at once. Make a new one?" className="button" />
        </>
      ) : (
        <PostButton action="/api/account/private-feed" label="Create my private feed" className="button primary" />
      )}
    </section>
  );
}
