import { NextResponse } from "next/server";
import { getTranslations } from "next-intl/server";
import { ARTICLE_FIELD_ERRORS } from "@/lib/admin/articles/article-form-schema";
import { CORRECT_FIELDS_MESSAGE } from "@/lib/admin/parse-input";
import { localiseErrorBody } from "@/app/_lib/localise-error";
import { mutationRoute } from "@/app/_lib/route-handler";
import { getDb, type Database } from "@/db/client";
import { can, type Capability } from "@/lib/admin/permissions";
import { currentMember } from "@/lib/auth/current-member-next";
import type { SignedInMember } from "@/lib/auth/load-viewer";
import { AppError, isAppError } from "@/lib/errors";
import { sectionKindOf, type SectionKind } from "@/lib/taxonomy/section-path";
import { parseSerialId } from "@/lib/validation/ids";

export interface StaffContext<P> {
  request: Request;
  member: SignedInMember;
  db: Database;
  params: P;
}

type RouteContext<P> = { params: Promise<P> };

const ROLE_REFUSED = "Your role does not allow this.";

async function authorize(capability: Capability): Promise<SignedInMember> {
  const member = await currentMember();
  if (!member) throw new AppError("UNAUTHENTICATED", "Please sign in.");
  if (!can(member.viewer.role, capability)) throw new AppError("FORBIDDEN", ROLE_REFUSED);
  return member;
}

/**
 * A state-changing /api/admin handler: same-origin check (mutationRoute), then the role
 * check (401 anonymous, 403 not allowed) before the handler reads its input.
 */
export function staffMutation<P = Record<string, never>>(capability: Capability, handler: (ctx: StaffContext<P>) => Promise<Response>) {
  return (request: Request, context: RouteContext<P>) =>
    mutationRoute(async (req) => {
      try {
        const member = await authorize(capability);
        return await handler({ request: req, member, db: await getDb(), params: await context.params });
      } catch (e) {
        throw await inSiteLanguage(e);
      }
    })(request);
}

/**
 * The refusals every newsroom form meets (sign in, role, "correct the highlighted fields"),
 * in the site's language; a lib function's own message passes on with its words, and the route's
 * answer words it (app/_lib/localise-error).
 */
async function inSiteLanguage(e: unknown): Promise<unknown> {
  if (!isAppError(e)) return e;
  const t = await getTranslations("admin.api");
  const message = e.code === "UNAUTHENTICATED" ? t("signIn") : e.code === "FORBIDDEN" && e.message === ROLE_REFUSED ? t("roleRefused") : e.message === CORRECT_FIELDS_MESSAGE ? t("correctFields") : e.code === "NOT_FOUND" && e.message === "Not found." ? t("notFound") : null;
  const fieldErrors = Object.fromEntries(Object.entries(e.fieldErrors).map(([field, text]) => [field, fieldErrorWords(t, text)]));
  return new AppError(e.code, message ?? e.message, fieldErrors, e.words, e.fieldWords);
}

const ARTICLE_FIELD_KEYS = new Map(Object.entries(ARTICLE_FIELD_ERRORS).map(([key, text]) => [text as string, key as keyof typeof ARTICLE_FIELD_ERRORS]));

/** A named field message in the site's language; any other passes as it is. */
function fieldErrorWords(t: Awaited<ReturnType<typeof getTranslations<"admin.api">>>, text: string): string {
  const key = ARTICLE_FIELD_KEYS.get(text);
  return key ? t(`article.${key}` as `article.${keyof typeof ARTICLE_FIELD_ERRORS}`) : text;
}

/** A read-only /api/admin handler (GET): the same role check, errors mapped the same way. */
export function staffQuery<P = Record<string, never>>(capability: Capability, handler: (ctx: StaffContext<P>) => Promise<Response>) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      const member = await authorize(capability);
      return await handler({ request, member, db: await getDb(), params: await context.params });
    } catch (caught) {
      const e = await inSiteLanguage(caught);
      if (isAppError(e)) return NextResponse.json(await localiseErrorBody({ error: e.message, fieldErrors: e.fieldErrors }, e.words, e.fieldWords), { status: e.status });
      console.error("[lede] admin query failed:", e);
      return NextResponse.json({ error: "Something went wrong on our side. Please try again." }, { status: 500 });
    }
  };
}

/** Reads a serial id from a route parameter (anything else, 2^31 and above included, is a 404). */
export function idParam(raw: string): number {
  const id = parseSerialId(raw);
  if (id === null) throw new AppError("NOT_FOUND", "Not found.");
  return id;
}

/** Reads `categories` or `tags` from a route parameter (anything else is a 404). */
export function sectionKindParam(raw: string): SectionKind {
  const kind = sectionKindOf(raw);
  if (!kind) throw new AppError("NOT_FOUND", "Not found.");
  return kind;
}
