/** The site's public origin: LEDE_PUBLIC_URL when set (behind a proxy), else the request's. */
export function publicOrigin(requestUrl: string): string {
  return process.env.LEDE_PUBLIC_URL?.replace(/\/$/, "") ?? new URL(requestUrl).origin;
}
