"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { AdminForm, type ActionResult } from "../_components/admin-form";

/**
 * A form whose answer carries a signing secret (a new endpoint, or "Reveal secret"): the
 * secret is shown here, from the answer, and is never part of the page's HTML.
 */
export function ShowSecretForm(props: { action: string; label: string; children: ReactNode; resetOnSuccess?: boolean }) {
  const router = useRouter();
  const t = useTranslations("adminPeople.webhooks");
  const [shown, setShown] = useState<{ secret: string; href?: string } | null>(null);
  const onSuccess = (result: ActionResult) => {
    if (typeof result.secret === "string") setShown({ secret: result.secret, href: typeof result.href === "string" ? result.href : undefined });
    router.refresh();
  };
  return (
    <>
      <AdminForm action={props.action} label={props.label} onSuccess={onSuccess} resetOnSuccess={props.resetOnSuccess}>
        {props.children}
      </AdminForm>
      {shown && (
        <div className="form-message" role="status">
          <p>
            {t("secretShown")} <code data-testid="webhook-secret">{shown.secret}</code>
          </p>
          {shown.href && (
            <p>
              <a href={shown.href}>{t("open")}</a>
            </p>
          )}
        </div>
      )}
    </>
  );
}
