import ipaddr from "ipaddr.js";
import { AppError } from "@/lib/errors";

export type IpRange = [ipaddr.IPv4 | ipaddr.IPv6, number];

/**
 * An editor's address ranges, one per line or comma-separated: CIDR (IPv4 or IPv6) or a single
 * address (a /32 or /128), parsed by ipaddr.js and normalised ("10.1.0.0/16", "2001:db8::/32").
 * A malformed one is a form error naming it.
 */
export function parseIpRanges(text: string, field = "ipRanges"): string[] {
  const entries = text
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (entries.length > 500) throw new AppError("INVALID_INPUT", "Please correct the highlighted fields.", { [field]: "At most 500 ranges." });
  return [
    ...new Set(
      entries.map((entry) => {
        try {
          const [address, bits] = entry.includes("/") ? ipaddr.parseCIDR(entry) : ([ipaddr.parse(entry), -1] as const);
          // ipaddr.js also takes inet_aton's short forms ("10.0.0" is 10.0.0.0): an editor means four parts.
          if (address.kind() === "ipv4" && !ipaddr.IPv4.isValidFourPartDecimal(entry.split("/")[0]!)) throw new Error("not four parts");
          const prefix = bits === -1 ? (address.kind() === "ipv4" ? 32 : 128) : bits;
          // The network address: "10.1.2.3/16" is kept as "10.1.0.0/16".
          const network = address.kind() === "ipv4" ? ipaddr.IPv4.networkAddressFromCIDR(`${address.toString()}/${prefix}`) : ipaddr.IPv6.networkAddressFromCIDR(`${address.toString()}/${prefix}`);
          return `${network.toString()}/${prefix}`;
        } catch {
          throw new AppError("INVALID_INPUT", "Please correct the highlighted fields.", { [field]: `Not an address range: ${entry.slice(0, 60)}` }, undefined, {
            [field]: { key: "notAnAddressRange", values: { entry: entry.slice(0, 60) } },
          });
        }
      }),
    ),
  ];
}

/** Stored (normalised) ranges, parsed once for matching. */
export function compileIpRanges(ranges: readonly string[]): IpRange[] {
  return ranges.flatMap((r) => {
    try {
      return [ipaddr.parseCIDR(r) as IpRange];
    } catch {
      return [];
    }
  });
}

/** Whether a client address (IPv4, IPv6, or IPv4-mapped IPv6 as sockets give it) lies in one of the ranges. */
export function isInIpRanges(ip: string, ranges: readonly IpRange[]): boolean {
  if (!ipaddr.isValid(ip)) return false;
  const address = ipaddr.process(ip);
  return ranges.some(([network, bits]) => address.kind() === network.kind() && address.match(network, bits));
}
