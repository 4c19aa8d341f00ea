import { stringify } from "csv-stringify/sync";
import { toSafeCell } from "@/lib/admin/members/members-csv-columns";
import type { OrganisationUsage } from "./load-organisation-usage";

/** An organisation's month of reads as CSV: one line per article, with its section and the doors the reads came through. */
export function organisationUsageCsv(usage: OrganisationUsage): string {
  return stringify(
    usage.byArticle.map((r) => ({
      month: usage.month,
      article: toSafeCell(r.title),
      slug: r.slug,
      section: toSafeCell(r.section),
      reads: r.reads,
      by_address_range: r.range,
      by_email_domain: r.domain,
      by_seat: r.seat,
    })),
    { header: true, columns: ["month", "article", "slug", "section", "reads", "by_address_range", "by_email_domain", "by_seat"] },
  );
}
