import { randomBytes } from "node:crypto";
import type { SignedInMember } from "./load-viewer";

/**
 * The production server looks up a request's session before it knows whether it will
 * answer itself (a reader's spliced article) or hand the request to Next (staff and
 * authors, whose article is rendered for them). What it looked up travels with the request
 * under a one-time random id, in this process's memory only, so the render does not look
 * it up again. A client cannot name an entry: the server drops any such header it sends.
 */
export const SESSION_HANDOFF_HEADER = "x-lede-session-handoff";

const holder = globalThis as unknown as { __ledeSessionHandoffs?: Map<string, SignedInMember> };
const handoffs = (holder.__ledeSessionHandoffs ??= new Map());

/** Keeps `member` for the request being handed on; answers the id to send with it. */
export function handOffSession(member: SignedInMember): string {
  const id = randomBytes(18).toString("base64url");
  handoffs.set(id, member);
  return id;
}

/** The member handed on with a request, if any. */
export function receiveSession(id: string | null | undefined): SignedInMember | null {
  return id ? (handoffs.get(id) ?? null) : null;
}

/** Forgets a hand-off once its request is answered. */
export function dropSessionHandoff(id: string): void {
  handoffs.delete(id);
}
