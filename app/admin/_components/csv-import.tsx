"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { sendJson } from "./admin-form";

interface Summary {
  dryRun: boolean;
  rows: number;
  create: number;
  update: number;
  errors: { line: number; message: string }[];
  message: string;
}

/** Choose a CSV file, see the dry run (counts and per-row errors), then import it. */
export function CsvImport() {
  const t = useTranslations("adminPeople.members.import");
  const [csv, setCsv] = useState("");
  const [summary, setSummary] = useState<Summary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(dryRun: boolean) {
    setBusy(true);
    setError(null);
    const result = await sendJson("/api/admin/members/import", { csv, dryRun });
    setBusy(false);
    if (!result.ok) return setError(result.error ?? t("failed"));
    setSummary(result as unknown as Summary);
  }

  return (
    <div className="admin-form">
      <div className="field">
        <label htmlFor="csv-file">{t("file")}</label>
        <input
          id="csv-file"
          type="file"
          accept=".csv,text/csv"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            setSummary(null);
            setCsv(file ? await file.text() : "");
          }}
        />
      </div>
      <div className="actions-row">
        <button className="button" type="button" disabled={!csv || busy} onClick={() => run(true)}>
          {t("check")}
        </button>
        <button className="button primary" type="button" disabled={!csv || busy || !summary || summary.errors.length > 0 || !summary.dryRun} onClick={() => run(false)}>
          {t("submit")}
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {summary && (
        <section aria-label={t("summary")}>
          <p className="form-message" role="status">
            {summary.message}
          </p>
          {summary.errors.length > 0 && (
            <table className="admin-table">
              <thead>
                <tr>
                  <th>{t("line")}</th>
                  <th>{t("error")}</th>
                </tr>
              </thead>
              <tbody>
                {summary.errors.map((e) => (
                  <tr key={e.line}>
                    <td>{e.line}</td>
                    <td>{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </div>
  );
}
