import { z } from "zod";
import { inTransaction, type Database } from "@/db/client";
import { announceAccessSettingsChanged } from "@/lib/access/meter/announce-access-settings-changed";
import { AppError } from "@/lib/errors";
import { setSettings } from "@/lib/settings/set-settings";
import type { Settings } from "@/lib/settings/settings";
import { recordAudit } from "../audit/record-audit";
import { ALL_PAGES_TAG } from "@/lib/page-tags/page-tags";
import { parseInput } from "../parse-input";
import { can, type StaffViewer } from "../permissions";
import { rerenderAllArticles } from "./rerender-all-articles";
import { translator } from "@/lib/i18n/translator";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

const label = z.string().trim().min(1, "Enter a label.").max(40, "Use at most 40 characters.");
const whole = (min: number, max: number) => z.coerce.number({ error: "Enter a number." }).int("Enter a whole number.").min(min, `At least ${min}.`).max(max, `At most ${max}.`);

const sectionSchema = z.discriminatedUnion("section", [
  z.object({ section: z.literal("access"), levelLabels: z.tuple([label, label, label, label, label]), teaserParagraphs: whole(0, 20), reason: z.string().max(300).default("") }),
  z.object({
    section: z.literal("meter"),
    meterAnonymous: whole(0, 100),
    meterMembers: whole(0, 100),
    meterPeriod: z.enum(["calendar-month", "rolling-30-days"], { error: "Choose a period." }),
    meterCeiling: whole(0, 4),
    reason: z.string().max(300).default(""),
  }),
  z.object({
    section: z.literal("gifts"),
    giftQuota: whole(0, 100),
    giftExpiryDays: whole(0, 365),
    giftMaxOpens: whole(0, 10_000),
    reason: z.string().max(300).default(""),
  }),
  z.object({
    section: z.literal("site"),
    maxSessionsPerMember: whole(1, 50),
    pastDueGraceDays: whole(0, 60),
    paymentReversalPolicy: z.enum(["cancel-now", "cancel-at-period-end", "keep"], { error: "Choose what a refund or dispute does." }).optional(),
    reason: z.string().max(300).default(""),
  }),
]);

/**
 * Editors set level labels, the teaser length and the free-article meter; admins also the
 * site settings. Every
 * change is audited; a new teaser length re-renders every article's stored parts.
 */
export async function updateSettings(db: Database, viewer: StaffViewer, input: unknown, locale: Locale = DEFAULT_LOCALE): Promise<{ message: string; tags: string[] }> {
  const form = parseInput(sectionSchema, input);
  const say = translator(locale, "adminPeople");
  if (form.section === "site" && !can(viewer.role, "manageSiteSettings")) throw new AppError("FORBIDDEN", "Only administrators can change site settings.");
  const { section, reason, ...values } = form;
  // A field the form left out stays as it is.
  const patch = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<Settings>;
  const result = await inTransaction(db, async (t) => {
    const changed = await setSettings(t, patch);
    for (const c of changed) await recordAudit(t, { actorId: viewer.id, action: "settings.update", targetType: "setting", targetId: c.key, before: c.before, after: c.after, reason });
    if (changed.length === 0) return { message: say("answers.nothingChanged"), tags: [] };
    const teaser = changed.find((c) => c.key === "teaserParagraphs");
    const rerendered = teaser ? await rerenderAllArticles(t, teaser.after as number) : 0;
    // The shared article pages carry whether the meter is on (lib/articles/render-article-rest: meterMayOpen).
    const visible = section === "access" || section === "meter";
    return {
      message: teaser ? say("answers.settingsSavedRerendered", { keys: changed.map((c) => c.key).join(", "), count: rerendered }) : say("answers.settingsSaved", { keys: changed.map((c) => c.key).join(", ") }),
      tags: visible ? [ALL_PAGES_TAG] : [],
    };
  });
  if (section === "meter") announceAccessSettingsChanged();
  return result;
}
