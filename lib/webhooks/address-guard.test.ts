import { describe, expect, it } from "vitest";
import { checkEndpointUrl, isPrivateAddress } from "./address-guard";

describe("isPrivateAddress", () => {
  const table: [string, boolean][] = [
    ["127.0.0.1", true],
    ["10.1.2.3", true],
    ["172.16.0.1", true],
    ["172.32.0.1", false],
    ["192.168.1.1", true],
    ["169.254.169.254", true],
    ["100.64.0.1", true],
    ["0.0.0.0", true],
    ["224.0.0.1", true],
    ["::1", true],
    ["::", true],
    ["fe80::1", true],
    ["fd00::1", true],
    ["::ffff:127.0.0.1", true],
    ["::ffff:10.0.0.1", true],
    ["93.184.216.34", false],
    ["2606:2800:220:1:248:1893:25c8:1946", false],
    ["not an address", true],
  ];
  for (const [address, expected] of table) it(`${address} → ${expected ? "private" : "public"}`, () => expect(isPrivateAddress(address)).toBe(expected));
});

describe("checkEndpointUrl", () => {
  const refused = (url: string, allowPrivate = false) => expect(checkEndpointUrl(url, { allowPrivate })).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { url: expect.any(String) } });

  it("refuses what is not an https URL to a public address", async () => {
    await refused("not a url");
    await refused("http://93.184.216.34/hook");
    await refused("ftp://93.184.216.34/hook");
    await refused("https://127.0.0.1/hook");
    await refused("https://[::1]/hook");
    await refused("https://169.254.169.254/latest/meta-data");
    await refused("https://localhost/hook");
    await refused("https://user:pass@93.184.216.34/hook");
  });

  it("accepts a public https address, and http or private ones only when allowed", async () => {
    expect((await checkEndpointUrl("https://93.184.216.34/hook", { allowPrivate: false })).toString()).toBe("https://93.184.216.34/hook");
    expect((await checkEndpointUrl("http://127.0.0.1:9999/hook", { allowPrivate: true })).host).toBe("127.0.0.1:9999");
    await refused("ftp://127.0.0.1/hook", true);
  });
});
