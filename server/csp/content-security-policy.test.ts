import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { contentSecurityPolicy, createNonce, createScriptNonceStream, hashScriptPolicy, setScriptNonces, stripScriptNonces } from "./content-security-policy";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

describe("contentSecurityPolicy", () => {
  it("allows inline scripts only with the nonce", () => {
    const policy = contentSecurityPolicy("abc");
    const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src"));
    expect(scriptSrc).toBe("script-src 'self' 'nonce-abc'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it("makes a different nonce every time", () => {
    expect(createNonce()).not.toBe(createNonce());
    expect(createNonce()).toMatch(/^[A-Za-z0-9+/]{24}$/);
  });
});

describe("setScriptNonces", () => {
  it("stamps every script tag, replacing an earlier nonce", () => {
    const html = `<script src="/a.js" async=""></script><script>self.__next_f.push([0])</script><SCRIPT nonce="old" id="x">1</SCRIPT>`;
    expect(setScriptNonces(html, "n1")).toBe(
      `<script nonce="n1" src="/a.js" async=""></script><script nonce="n1">self.__next_f.push([0])</script><script nonce="n1" id="x">1</SCRIPT>`,
    );
  });

  it("leaves other tags and escaped text alone", () => {
    const html = `<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><noscript>x</noscript><scripts>`;
    expect(setScriptNonces(html, "n1")).toBe(html);
  });
});

describe("createScriptNonceStream", () => {
  it("completes a tag cut between chunks before stamping it", () => {
    const rewrite = createScriptNonceStream("n1");
    const out = [rewrite("<p>a</p><scr", false), rewrite('ipt src="/a.js"', false), rewrite("></script><p>b</p>", true)].join("");
    expect(out).toBe(`<p>a</p><script nonce="n1" src="/a.js"></script><p>b</p>`);
  });

  it("gives the same result as the whole document, however it is cut", () => {
    const html = `<html><head><script src="/a.js" async=""></script></head><body><p>x &lt; y</p><script>self.__next_f.push([1,"\\u003cp\\u003e"])</script></body></html>`;
    const whole = setScriptNonces(html, "n1");
    for (let size = 1; size < 40; size++) {
      const rewrite = createScriptNonceStream("n1");
      const chunks: string[] = [];
      for (let i = 0; i < html.length; i += size) chunks.push(rewrite(html.slice(i, i + size), i + size >= html.length));
      expect(chunks.join("")).toBe(whole);
    }
  });
});

describe("hashScriptPolicy", () => {
  it("allows each inline script by its hash, once, and nothing for external scripts or data blocks", () => {
    const html = `<script src="/a.js"></script><script>a()</script><SCRIPT type="module">b()</SCRIPT><script>a()</script><script type="application/ld+json">{"x":"€"}</script><script nonce="n">c("€")</script>`;
    const scriptSrc = hashScriptPolicy(html).split("; ").find((d) => d.startsWith("script-src"));
    expect(scriptSrc).toBe(`script-src 'self' ${sha("a()")} ${sha("b()")} ${sha('c("€")')}`);
    expect(hashScriptPolicy(html)).toContain("object-src 'none'");
  });

  it("allows no inline script on a page without one", () => {
    expect(hashScriptPolicy("<p>no scripts</p>").split("; ")[1]).toBe("script-src 'self'");
  });
});

describe("stripScriptNonces", () => {
  it("takes nonces off script tags only", () => {
    expect(stripScriptNonces(`<script nonce="a" src="/x.js"></script><script async nonce='b'>1</script><p nonce="c">`)).toBe(`<script src="/x.js"></script><script async>1</script><p nonce="c">`);
  });
});
