import { messagesFor } from "@/lib/i18n/catalogue";
import type { Locale } from "@/lib/i18n/locales";

type Tree = { [key: string]: string | Tree };

/**
 * An audit entry's action ("member.set-level") as the newsroom's language names it
 * (`adminPeople.audit.actions`, nested by the code's dots; English keeps the code itself).
 * An action the catalogue does not know yet is shown as recorded.
 */
export function auditActionLabel(action: string, locale: Locale): string {
  let node: string | Tree | undefined = messagesFor(locale).adminPeople.audit.actions as Tree;
  for (const part of action.split(".")) node = typeof node === "object" ? node[part] : undefined;
  return typeof node === "string" ? node : action;
}
