import { currentLocale } from "@/app/_lib/locale";
import { ImageResponse } from "next/og";
import { getDb } from "@/db/client";
import { getArticle } from "@/lib/articles/get-article";
import { socialCardText } from "@/lib/feeds/social-card-text";
import { siteConfig } from "@/lib/site-config";

/*
 * /og/articles/<slug>: an article's Open Graph image, a 1200×630 PNG made by Next's
 * ImageResponse (with the font it bundles: nothing is fetched) from the title, the section
 * and the byline only (never the standfirst's neighbours, let alone gated text). Cached
 * like the article page and purged with it (lib/page-tags: article:<slug>).
 */
export const revalidate = 300;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

const OG_IMAGE_SIZE = { width: 1200, height: 630 };

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const view = await getArticle(await getDb(), (await params).slug, { now: new Date() });
  if (!view) return new Response("No such article.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const text = socialCardText(view, siteConfig.name, await currentLocale());
  const image = new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: "64px 72px", background: "#fbfaf7", color: "#1a1a1a", borderTop: "16px solid #8b1e2d" }}>
        <div style={{ display: "flex", fontSize: 30, letterSpacing: 2, textTransform: "uppercase", color: "#8b1e2d" }}>{text.section}</div>
        <div style={{ display: "flex", fontSize: text.title.length > 90 ? 54 : 66, lineHeight: 1.15, fontWeight: 700 }}>{text.title}</div>
        <div style={{ display: "flex", justifyContent: "space-between", fontSize: 30, color: "#444" }}>
          <span>{text.byline}</span>
          <span>{text.site}</span>
        </div>
      </div>
    ),
    OG_IMAGE_SIZE,
  );
  // ImageResponse sets its own Cache-Control, which Next would keep: without it, Next answers
  // from the page cache with the route's own (s-maxage, as for the pages).
  const headers = new Headers(image.headers);
  headers.delete("cache-control");
  return new Response(image.body, { status: image.status, headers });
}
