import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateWebhookSecret, signWebhook, verifyWebhookSignature } from "./sign-webhook";

const secret = "whsec_test";
const body = JSON.stringify({ id: "evt_1", type: "article.published", data: { articleId: 7 } });
const now = new Date("2026-12-01T10:00:00Z");
const t = Math.floor(now.getTime() / 1000);

describe("signWebhook", () => {
  it("is t=<unix>,v1=<hex HMAC-SHA256 of `${t}.${body}`>", () => {
    const expected = createHmac("sha256", secret).update(`${t}.${body}`).digest("hex");
    expect(signWebhook({ secret, body, timestamp: t })).toBe(`t=${t},v1=${expected}`);
  });

  it("makes distinct, long secrets", () => {
    const a = generateWebhookSecret();
    expect(a).toMatch(/^whsec_[\w-]{43}$/);
    expect(generateWebhookSecret()).not.toBe(a);
  });
});

describe("verifyWebhookSignature", () => {
  const header = signWebhook({ secret, body, timestamp: t });
  const cases: { name: string; header: string | null; body?: string; secret?: string; at?: Date; ok: boolean }[] = [
    { name: "the signed body", header, ok: true },
    { name: "a few minutes later", header, at: new Date(now.getTime() + 299_000), ok: true },
    { name: "a replay after the tolerance", header, at: new Date(now.getTime() + 301_000), ok: false },
    { name: "a timestamp from the future", header, at: new Date(now.getTime() - 301_000), ok: false },
    { name: "a changed body", header, body: body.replace("7", "8"), ok: false },
    { name: "another secret", header, secret: "whsec_other", ok: false },
    { name: "a changed timestamp", header: header.replace(`t=${t}`, `t=${t + 1}`), ok: false },
    { name: "no header", header: null, ok: false },
    { name: "a header without v1", header: `t=${t}`, ok: false },
    { name: "garbage", header: "nonsense", ok: false },
    { name: "a second, valid v1 among others (key rotation)", header: `t=${t},v1=00ff,${header.split(",")[1]}`, ok: true },
  ];
  for (const c of cases) {
    it(`${c.ok ? "accepts" : "refuses"} ${c.name}`, () => {
      expect(verifyWebhookSignature({ header: c.header, body: c.body ?? body, secret: c.secret ?? secret, now: c.at ?? now })).toBe(c.ok);
    });
  }
});
