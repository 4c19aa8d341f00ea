import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, hashScriptPolicy } from "./content-security-policy";
import { findScriptElements } from "./find-script-elements";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
const scriptSrc = (policy: string) => policy.split("; ").find((d) => d.startsWith("script-src"));

describe("contentSecurityPolicy", () => {
  it("allows inline scripts only with the nonce", () => {
    const policy = contentSecurityPolicy("abc");
    expect(scriptSrc(policy)).toBe("script-src 'self' 'nonce-abc'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it("makes a different nonce every time", () => {
    expect(createNonce()).not.toBe(createNonce());
    expect(createNonce()).toMatch(/^[A-Za-z0-9+/]{24}$/);
  });
});

describe("hashScriptPolicy", () => {
  it("allows each inline script by its hash, once, and nothing for external scripts or data blocks", () => {
    const html = `<script src="/a.js"></script><script>a()</script><SCRIPT type="module">b()</SCRIPT><script>a()</script><script type="application/ld+json">{"x":"€"}</script><script nonce="n">c("€")</script>`;
    expect(scriptSrc(hashScriptPolicy(html))).toBe(`script-src 'self' ${sha("a()")} ${sha("b()")} ${sha('c("€")')}`);
    expect(hashScriptPolicy(html)).toContain("object-src 'none'");
  });

  it("gives each page its own policy, the same page the same one again", () => {
    const one = `<script>a()</script>`;
    const other = `<script>b()</script>`;
    expect(hashScriptPolicy(one)).toBe(hashScriptPolicy(one));
    expect(scriptSrc(hashScriptPolicy(other))).toBe(`script-src 'self' ${sha("b()")}`);
    expect(scriptSrc(hashScriptPolicy(one))).toBe(`script-src 'self' ${sha("a()")}`);
  });

  it("allows no inline script on a page without one", () => {
    expect(scriptSrc(hashScriptPolicy("<p>no scripts</p>"))).toBe("script-src 'self'");
  });

  it("allows nothing that only looks like a script: in an attribute, a comment, escaped text, a textarea or a title", () => {
    const hostile = [
      `<img alt="<script a><script>alert(1)</script>" src="/x.png">`,
      `<a title='<script>alert(2)</script>' href="/">x</a>`,
      `<!-- <script>alert(3)</script> -->`,
      `<p>&lt;script&gt;alert(4)&lt;/script&gt;</p>`,
      `<textarea><script>alert(5)</script></textarea>`,
      `<title><script>alert(6)</script></title>`,
    ];
    for (const html of hostile) {
      expect(findScriptElements(html), html).toEqual([]);
      expect(scriptSrc(hashScriptPolicy(html)), html).toBe("script-src 'self'");
    }
  });

  it("reads a script's text byte for byte, entities and all, as the browser hashes it", () => {
    const [script] = findScriptElements(`<p>x</p><script>if (a &lt; b && c < d) go("</scr" + "ipt>")</script>`);
    expect(script?.text).toBe(`if (a &lt; b && c < d) go("</scr" + "ipt>")`);
  });

  it("hashes a script's text after the parser's newline normalisation, as the browser does", () => {
    expect(scriptSrc(hashScriptPolicy("<script>a()\r\nb()\rc()</script>"))).toBe(`script-src 'self' ${sha("a()\nb()\nc()")}`);
  });

  it("finds scripts after foreign content, and the text of a script inside it as parsed", () => {
    const scripts = findScriptElements(`<svg><script>a(1 &lt; 2)</script></svg><script>b()</script>`);
    expect(scripts.map((s) => s.text)).toEqual(["a(1 < 2)", "b()"]);
  });
});
