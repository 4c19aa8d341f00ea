"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

/** "Read also": search by title, pick, reorder by removing; sent as readAlsoIds[]. */
export function ReadAlsoPicker(props: { initial: { id: number; title: string }[]; excludeId: number | null }) {
  const t = useTranslations("admin.readAlso");
  const [picked, setPicked] = useState(props.initial);
  const [q, setQ] = useState("");
  const [results, setResults] = useState<{ id: number; title: string }[]>([]);

  useEffect(() => {
    if (q.trim().length < 2) return;
    const timer = setTimeout(async () => {
      const res = await fetch(`/api/admin/articles/search?q=${encodeURIComponent(q)}`);
      const data = (await res.json().catch(() => ({}))) as { results?: { id: number; title: string }[] };
      setResults((data.results ?? []).filter((r) => r.id !== props.excludeId));
    }, 250);
    return () => clearTimeout(timer);
  }, [q, props.excludeId]);

  return (
    <fieldset className="field">
      <legend>
        <strong>{t("legend")}</strong>
      </legend>
      <ul className="picked" aria-label={t("links")}>
        {picked.map((p) => (
          <li key={p.id}>
            <input type="hidden" name="readAlsoIds[]" value={p.id} />
            {p.title}
            <button type="button" className="button" onClick={() => setPicked(picked.filter((x) => x.id !== p.id))} aria-label={t("removeOne", { title: p.title })}>
              {t("remove")}
            </button>
          </li>
        ))}
      </ul>
      <label htmlFor="read-also-search">{t("search")}</label>
      <input id="read-also-search" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
      {q.trim().length >= 2 && (
        <ul className="picked" aria-label={t("results")}>
          {results
            .filter((r) => !picked.some((p) => p.id === r.id))
            .map((r) => (
              <li key={r.id}>
                <button type="button" className="button" onClick={() => setPicked([...picked, r])}>
                  {t("add")}
                </button>
                {r.title}
              </li>
            ))}
        </ul>
      )}
    </fieldset>
  );
}
