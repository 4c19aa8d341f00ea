import type { ListedGiftLink } from "@/lib/access/gift/list-gift-links";
import { formatDate } from "@/lib/content/format-date";
import { PostButton } from "./post-button";

/**
 * Gift links with their opens and ends, each revocable through `action` (the account page:
 * a member's own; an admin article page: its publisher links, shown as full addresses to copy).
 */
export function GiftLinkTable(props: { links: readonly ListedGiftLink[]; action: string; now: Date; origin?: string; className?: string; testId: string }) {
  return (
    <table className={props.className} data-testid={props.testId}>
      <thead>
        <tr>
          <th>{props.origin ? "Link" : "Article"}</th>
          <th>Opens</th>
          <th>Ends</th>
          <th></th>
        </tr>
      </thead>
      <tbody>
        {props.links.map((g) => (
          <tr key={g.id} data-gift-link={g.id}>
            <td>{props.origin ? <code>{new URL(g.path, props.origin).toString()}</code> : <a href={g.path}>{g.title}</a>}</td>
            <td>{g.maxOpens === null ? g.opens : `${g.opens} of ${g.maxOpens}`}</td>
            <td>{g.revokedAt ? "Revoked" : g.expiresAt ? (g.expiresAt.getTime() <= props.now.getTime() ? "Ended" : formatDate(g.expiresAt)) : "No end"}</td>
            <td>{!g.revokedAt && <PostButton action={props.action} body={{ action: "revoke", id: String(g.id) }} label="Revoke" className="button" confirm="Revoke this gift link? It stops working at once." />}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
