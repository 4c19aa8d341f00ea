import { z } from "zod";
import type { Database } from "@/db/client";
import { settings } from "@/db/schema";

export const settingsSchema = z.object({
  /** Labels of levels 0..4, editable by editors (s2Member's level labels). */
  levelLabels: z.tuple([z.string(), z.string(), z.string(), z.string(), z.string()]),
  teaserParagraphs: z.number().int().min(0).max(20),
  maxSessionsPerMember: z.number().int().min(1).max(50),
  pastDueGraceDays: z.number().int().min(0).max(60),
  /**
   * After a refund or dispute: "cancel-now" ends access and cancels the subscription at
   * Stripe; "cancel-at-period-end" keeps access to the end of the paid period and stops
   * renewals; "keep" ends access, lets the subscription renew, and the next paid invoice
   * restores access.
   */
  paymentReversalPolicy: z.enum(["cancel-now", "cancel-at-period-end", "keep"]),
  /** Free gated articles per period for anonymous visitors (0 = no meter). */
  meterAnonymous: z.number().int().min(0).max(100),
  /** Free gated articles per period for members with no paid level (0 = no meter). */
  meterMembers: z.number().int().min(0).max(100),
  meterPeriod: z.enum(["calendar-month", "rolling-30-days"]),
  /** Articles needing a level above this are never metered (nor any needing a ccap). */
  meterCeiling: z.number().int().min(0).max(4),
  /** Gift links a member may make per calendar month (UTC). */
  giftQuota: z.number().int().min(0).max(100),
  /** A gift link ends this many days after it is made (0 = no end). */
  giftExpiryDays: z.number().int().min(0).max(365),
  /** A gift link opens this many times (0 = no limit). */
  giftMaxOpens: z.number().int().min(0).max(10_000),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  levelLabels: ["Free account", "Reader", "Premium", "Insider", "Patron"],
  teaserParagraphs: 3,
  maxSessionsPerMember: 3,
  pastDueGraceDays: 7,
  paymentReversalPolicy: "cancel-now",
  meterAnonymous: 0,
  meterMembers: 0,
  meterPeriod: "calendar-month",
  meterCeiling: 1,
  giftQuota: 5,
  giftExpiryDays: 14,
  giftMaxOpens: 0,
};

/** The meter's periods, in the settings form's order (worded in the `adminPeople.settings.meterPeriods` catalogue). */
export const METER_PERIODS: readonly Settings["meterPeriod"][] = settingsSchema.shape.meterPeriod.options;

/** What a refund or dispute does, in the settings form's order (worded in `adminPeople.settings.reversalPolicies`). */
export const PAYMENT_REVERSAL_POLICIES: readonly Settings["paymentReversalPolicy"][] = settingsSchema.shape.paymentReversalPolicy.options;

/** Stored values over the defaults; a malformed stored value falls back to its default. */
export async function getSettings(db: Database): Promise<Settings> {
  const rows = await db.select().from(settings);
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const row of rows) {
    const field = settingsSchema.shape[row.key as keyof Settings];
    if (field?.safeParse(row.value).success) merged[row.key] = row.value;
  }
  return settingsSchema.parse(merged);
}

/** The level labels from a stored value, or the defaults when it is missing or malformed. */
export function parseLevelLabels(stored: unknown): Settings["levelLabels"] {
  const parsed = settingsSchema.shape.levelLabels.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS.levelLabels;
}

export function levelLabel(s: Settings, level: number): string {
  return s.levelLabels[level] ?? `Level ${level}`;
}
