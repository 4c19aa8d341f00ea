import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import { AppError, type ErrorWords } from "@/lib/errors";

/*
 * Webhook URLs are typed by admins but fetched by the server: without this guard an
 * endpoint could point at the server's own loopback services, the private network or a
 * cloud metadata address (SSRF). Addresses are checked when an endpoint is saved and again
 * at connection time (post-webhook's lookup), so a name that later resolves elsewhere
 * (DNS rebinding) is refused too.
 */
const blocked = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const)
  blocked.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
  ["64:ff9b::", 96],
] as const)
  blocked.addSubnet(net, prefix, "ipv6");

/** Whether an IP address is loopback, private, link-local, shared, multicast or reserved. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blocked.check(address, "ipv4");
  if (family !== 6) return true;
  // ::ffff:10.0.0.1 reaches 10.0.0.1.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return blocked.check(mapped[1]!, "ipv4");
  return blocked.check(address, "ipv6");
}

/** The endpoint URL, refused (INVALID_INPUT on `url`) when it is not https or resolves to a private address. */
export async function checkEndpointUrl(raw: string, options: { allowPrivate: boolean }): Promise<URL> {
  const refuse = (why: string, words?: ErrorWords) => new AppError("INVALID_INPUT", "Please correct the highlighted fields.", { url: why }, undefined, words ? { url: words } : {});
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refuse("Enter a full URL, e.g. https://hooks.example.com/lede.");
  }
  if (url.username || url.password) throw refuse("Put no user name or password in the URL: verify the signature instead.");
  if (url.protocol !== "https:" && !(options.allowPrivate && url.protocol === "http:")) throw refuse("The URL must start with https://.");
  if (options.allowPrivate) return url;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  } catch {
    throw refuse(`The name ${host} does not resolve.`, { key: "hostDoesNotResolve", values: { host } });
  }
  if (addresses.length === 0 || addresses.some(isPrivateAddress)) throw refuse("This address is on a private, loopback or link-local network; webhooks go to public addresses only.");
  return url;
}
