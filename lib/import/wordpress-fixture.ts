/*
 * A small WordPress + s2Member newsroom, written for Lede's tests (no third-party text): a WXR
 * export with every case the importer handles, an s2Member Pro advanced user export, and the
 * s2Member options as JSON and PHP-serialized. Used by the integration tests and the e2e spec.
 */

export const FIXTURE_SITE = "https://old-news.invalid";

const cdata = (s: string) => `<![CDATA[${s.replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;

export interface FixturePost {
  id: number;
  title: string;
  name: string;
  date: string;
  dateGmt?: string;
  status?: string;
  type?: string;
  content: string;
  excerpt?: string;
  creator?: string;
  categories?: string[];
  tags?: string[];
  meta?: Record<string, string>;
  comments?: number;
  parent?: number;
  attachmentUrl?: string;
}

/** One `<item>`; `link` follows the /YYYY/MM/DD/slug/ permalink structure. */
export function wxrItem(p: FixturePost): string {
  const [y, m, d] = p.date.slice(0, 10).split("-");
  const link = p.type === "attachment" ? `${FIXTURE_SITE}/${y}/${m}/${d}/parent-${p.parent}/${p.name}/` : `${FIXTURE_SITE}/${y}/${m}/${d}/${p.name}/`;
  return `
  <item>
    <title>${cdata(p.title)}</title>
    <link>${link}</link>
    <dc:creator>${cdata(p.creator ?? "clara")}</dc:creator>
    <content:encoded>${cdata(p.content)}</content:encoded>
    <excerpt:encoded>${cdata(p.excerpt ?? "")}</excerpt:encoded>
    <wp:post_id>${p.id}</wp:post_id>
    <wp:post_date>${cdata(p.date)}</wp:post_date>
    <wp:post_date_gmt>${cdata(p.dateGmt ?? p.date)}</wp:post_date_gmt>
    <wp:post_name>${cdata(p.name)}</wp:post_name>
    <wp:status>${cdata(p.status ?? "publish")}</wp:status>
    <wp:post_parent>${p.parent ?? 0}</wp:post_parent>
    <wp:post_type>${cdata(p.type ?? "post")}</wp:post_type>
    ${p.attachmentUrl ? `<wp:attachment_url>${cdata(p.attachmentUrl)}</wp:attachment_url>` : ""}
    ${(p.categories ?? []).map((c) => `<category domain="category" nicename="${c}">${cdata(c)}</category>`).join("")}
    ${(p.tags ?? []).map((t) => `<category domain="post_tag" nicename="${t}">${cdata(t)}</category>`).join("")}
    ${Object.entries(p.meta ?? {})
      .map(([k, v]) => `<wp:postmeta><wp:meta_key>${cdata(k)}</wp:meta_key><wp:meta_value>${cdata(v)}</wp:meta_value></wp:postmeta>`)
      .join("")}
    ${Array.from({ length: p.comments ?? 0 }, (_, i) => `<wp:comment><wp:comment_id>${i + 1}</wp:comment_id><wp:comment_content>${cdata("A reader's remark.")}</wp:comment_content></wp:comment>`).join("")}
  </item>`;
}

export function wxrHead(): string {
  return `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
  <title>Old News</title>
  <link>${FIXTURE_SITE}</link>
  <wp:wxr_version>1.2</wp:wxr_version>
  <wp:base_site_url>${FIXTURE_SITE}</wp:base_site_url>
  <wp:base_blog_url>${FIXTURE_SITE}</wp:base_blog_url>
  <wp:author><wp:author_id>2</wp:author_id><wp:author_login>${cdata("clara")}</wp:author_login><wp:author_email>${cdata("clara.writer@old-news.invalid")}</wp:author_email><wp:author_display_name>${cdata("Clara Writer")}</wp:author_display_name><wp:author_first_name>${cdata("Clara")}</wp:author_first_name><wp:author_last_name>${cdata("Writer")}</wp:author_last_name><wp:author_description>${cdata("Covers the desert beat.")}</wp:author_description></wp:author>
  <wp:author><wp:author_id>3</wp:author_id><wp:author_login>${cdata("ghostwriter")}</wp:author_login><wp:author_email></wp:author_email><wp:author_display_name>${cdata("Anonymous Desk")}</wp:author_display_name></wp:author>
  <wp:category><wp:term_id>12</wp:term_id><wp:category_nicename>${cdata("wpx-oases")}</wp:category_nicename><wp:category_parent>${cdata("wpx-sahara")}</wp:category_parent><wp:cat_name>${cdata("Oases")}</wp:cat_name></wp:category>
  <wp:category><wp:term_id>10</wp:term_id><wp:category_nicename>${cdata("wpx-world")}</wp:category_nicename><wp:category_parent></wp:category_parent><wp:cat_name>${cdata("World")}</wp:cat_name></wp:category>
  <wp:category><wp:term_id>11</wp:term_id><wp:category_nicename>${cdata("wpx-sahara")}</wp:category_nicename><wp:category_parent>${cdata("wpx-world")}</wp:category_parent><wp:cat_name>${cdata("Sahara")}</wp:cat_name></wp:category>
  <wp:category><wp:term_id>13</wp:term_id><wp:category_nicename>${cdata("wpx-culture")}</wp:category_nicename><wp:category_parent></wp:category_parent><wp:cat_name>${cdata("Culture")}</wp:cat_name></wp:category>
  <wp:tag><wp:term_id>20</wp:term_id><wp:tag_slug>${cdata("wpx-wells")}</wp:tag_slug><wp:tag_name>${cdata("Wells")}</wp:tag_name></wp:tag>
  <wp:tag><wp:term_id>21</wp:term_id><wp:tag_slug>${cdata("wpx-songs")}</wp:tag_slug><wp:tag_name>${cdata("Songs")}</wp:tag_name></wp:tag>`;
}

export const WXR_TAIL = "\n</channel>\n</rss>\n";

/** The gated sentences, to look for (or not) in what readers get. */
export const SECRET = {
  more: "The well diggers finally reached water at forty metres.",
  s2if: "Only silver readers learn where the caravan camped.",
  nested: "The singers kept their best verse for subscribers with the songs pass.",
  automatic: "Paragraph five is for members only.",
};

export const FIXTURE_POSTS: FixturePost[] = [
  {
    id: 101,
    title: "Wells of the deep south",
    name: "wpx-wells-of-the-deep-south",
    date: "2024-03-05 10:00:00",
    categories: ["wpx-oases"],
    tags: ["wpx-wells"],
    excerpt: "How three villages dug for water.",
    meta: { _thumbnail_id: "201" },
    comments: 2,
    content: `The drought had lasted three summers.
The villages decided to dig.

[caption id="attachment_202" align="alignnone" width="300"]<img src="${FIXTURE_SITE}/wp-content/uploads/2024/03/wpx-missing.jpg" alt="A dry well" /> A dry well near the road[/caption]

[gallery ids="1,2,3"]

<!--more-->
${SECRET.more}

Everyone came to see.`,
  },
  {
    id: 102,
    title: "The caravan archive",
    name: "wpx-the-caravan-archive",
    date: "2024-03-06 09:30:00",
    categories: ["wpx-world"],
    content: `<!-- wp:paragraph -->
<p>An archive of caravan routes was found in a trunk.</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph -->
<p>Its pages had been kept dry for a century.</p>
<!-- /wp:paragraph -->

[s2If !current_user_can(access_s2member_level2)]<p>Subscribe to read the rest of this story.</p>[else]<!-- wp:paragraph -->
<p>${SECRET.s2if}</p>
<!-- /wp:paragraph -->[/s2If]`,
  },
  {
    id: 103,
    title: "Songs of the oasis",
    name: "wpx-songs-of-the-oasis",
    date: "2024-03-07 08:00:00",
    categories: ["wpx-culture"],
    tags: ["wpx-songs"],
    content: `Musicians gathered at dusk. <a href="${FIXTURE_SITE}/2024/03/05/wpx-wells-of-the-deep-south/">Read about the wells</a>.

<script>document.cookie="stolen"</script><iframe src="https://evil.invalid/frame"></iframe><p onclick="alert('x')">They played <a href="javascript:alert(1)">until late</a>.</p>

[s2If current_user_can(access_s2member_level1)]The first verse was about rain.
[_s2If current_user_can(access_s2member_ccap_songs)]${SECRET.nested}[/_s2If][/s2If]`,
  },
  { id: 104, title: "Next year's harvest", name: "wpx-next-years-harvest", date: "2030-01-01 06:00:00", status: "future", content: "A scheduled piece about the harvest." },
  { id: 105, title: "Unfinished notes", name: "", date: "2024-03-08 12:00:00", dateGmt: "0000-00-00 00:00:00", status: "draft", content: "Notes not yet ready." },
  {
    id: 106,
    title: "Five paragraphs on dunes",
    name: "wpx-five-paragraphs-on-dunes",
    date: "2024-03-09 12:00:00",
    creator: "ghostwriter",
    tags: ["wpx-songs"],
    meta: { s2member_ccaps_req: 'a:1:{i:0;s:6:"videos";}' },
    content: `Paragraph one about dunes.\n\nParagraph two about wind.\n\nParagraph three about sand.\n\nParagraph four about night.\n\n${SECRET.automatic}`,
  },
  {
    id: 107,
    title: "Either pass opens this",
    name: "wpx-either-pass",
    date: "2024-03-10 12:00:00",
    content: `Public opening.\n\n[s2If current_user_can(access_s2member_level1) OR current_user_can(access_s2member_ccap_songs)]Either way inside.[/s2If]`,
  },
  { id: 108, title: "A broken item", name: "wpx-broken", date: "not a date", dateGmt: "not a date", content: "No date at all." },
  { id: 150, title: "About us", name: "about", date: "2020-01-01 00:00:00", type: "page", content: "We are a newsroom." },
  { id: 201, title: "Oasis map", name: "oasis-map", date: "2024-03-05 09:00:00", type: "attachment", parent: 101, status: "inherit", excerpt: "The oases on a map", attachmentUrl: `${FIXTURE_SITE}/wp-content/uploads/2024/03/wpx-map.png`, content: "", meta: { _wp_attachment_image_alt: "A map of oases" } },
];

export function fixtureWxr(posts: FixturePost[] = FIXTURE_POSTS): string {
  return wxrHead() + posts.map(wxrItem).join("") + WXR_TAIL;
}

/** s2Member's options as WP-CLI gives them (JSON). */
export const FIXTURE_OPTIONS = {
  level0_label: "Free Reader",
  level1_label: "Bronze Reader",
  level2_label: "Silver Reader",
  level3_label: "Gold Reader",
  level4_label: "Platinum Reader",
  level1_catgs: "11",
  level2_posts: "102",
  level1_ptags: "Songs",
  level3_ruris: "/premium-zone/",
  specific_ids: "",
};

/** The same options PHP-serialized, as s2Member Pro exports them. */
export function fixtureOptionsPhp(options: Record<string, string> = FIXTURE_OPTIONS): string {
  const s = (v: string) => `s:${Buffer.byteLength(v)}:"${v}";`;
  return `a:${Object.keys(options).length}:{${Object.entries(options).map(([k, v]) => s(k) + s(v)).join("")}}`;
}

/** An s2Member Pro advanced user export of a multisite sub-site (table prefix wp_2_). */
export function fixtureMembersCsv(): string {
  const p = "meta_key__wp_2_s2member_";
  const header = ["ID", "user_login", "user_email", "user_registered", "display_name", "role", "ccaps", `${p}auto_eot_time`, `${p}subscr_gateway`, `${p}subscr_id`, `${p}subscr_cid`, `${p}paid_registration_times`, `${p}access_cap_times`];
  const q = (v: string) => `"${v.replace(/"/g, '""')}"`;
  const future = Math.floor(Date.UTC(2099, 0, 1) / 1000);
  const rows = [
    ["11", "silver", "silver.reader@old-news.invalid", "2023-01-02 10:00:00", "Silver Reader", "s2member_level2", "", "", "stripe", "sub_WPX1", "cus_WPX1", '{"level":1672653600,"level2":1672653600}', ""],
    ["12", "termed", "termed.reader@old-news.invalid", "2023-02-02 10:00:00", "Termed Reader", "s2member_level1", "songs", String(future), "paypal", "I-WPX2", "", "", ""],
    ["13", "songs", "songs.fan@old-news.invalid", "2023-03-02 10:00:00", "Songs Fan", "subscriber", "songs,videos", "", "", "", "", "", ""],
    ["14", "boss", "boss.editor@old-news.invalid", "2020-01-02 10:00:00", "Boss Editor", "editor", "", "", "", "", "", "", ""],
    ["15", "shop", "shop.manager@old-news.invalid", "2021-01-02 10:00:00", "Shop Manager", "shop_manager", "", "", "", "", "", "", ""],
    ["16", "broken", "not-an-email", "2021-01-02 10:00:00", "Broken Row", "subscriber", "", "", "", "", "", "", ""],
    ["17", "silver2", "silver.reader@old-news.invalid", "2021-01-02 10:00:00", "Twice", "subscriber", "", "", "", "", "", "", ""],
    ["18", "history", "history.reader@old-news.invalid", "2022-01-02 10:00:00", "History Reader", "s2member_level1", "", "2099-06-30", "", "", "", "", '{"1700000000.0001":"level1","1710000000.0001":"level2","1720000000.0001":"-level2"}'],
    ["19", "clara", "clara.writer@old-news.invalid", "2019-01-02 10:00:00", "Clara Writer", "author", "", "", "", "", "", "", ""],
  ];
  return [header, ...rows].map((r) => r.map(q).join(",")).join("\n") + "\n";
}
