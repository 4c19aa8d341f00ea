/** The editors' paywall break: an HTML comment alone on its line (read by lib/content/split-article-body, inserted by the editor). */
export const PAYWALL_MARKER = "<!-- paywall -->";
