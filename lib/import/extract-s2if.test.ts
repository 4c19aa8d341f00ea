import { describe, expect, it } from "vitest";
import { extractS2If } from "./extract-s2if";

describe("extractS2If", () => {
  it("a positive block: the member branch is gated, [else] dropped", () => {
    const r = extractS2If("Open. [s2If current_user_can(access_s2member_level2)]Members.[else]Join us![/s2If] After.");
    expect(r).toEqual({ teaser: "Open. ", gated: "Members. After.", requirement: { level: 2, ccaps: [] }, inexact: [] });
  });

  it("the news-site recipe: a negated block's [else] is the member branch", () => {
    const r = extractS2If("Open.[s2If !current_user_can(access_s2member_level1)]Subscribe![else]The rest.[/s2If]");
    expect(r.gated).toBe("The rest.");
    expect(r.requirement).toEqual({ level: 1, ccaps: [] });
  });

  it("nested blocks add their ccaps; ccap-only conditions need an account", () => {
    const r = extractS2If("[s2If current_user_can(access_s2member_ccap_music)]A[_s2If current_user_can(access_s2member_level3)]B[/_s2If][/s2If]");
    expect(r.gated).toBe("AB");
    expect(r.requirement).toEqual({ level: 3, ccaps: ["music"] });
  });

  it("AND is exact; OR, exact levels and unknown conditions are listed as the strictest", () => {
    expect(extractS2If("[s2If is_user_logged_in() AND current_user_can(access_s2member_level1)]x[/s2If]")).toMatchObject({ requirement: { level: 1 }, inexact: [] });
    expect(extractS2If("[s2If current_user_is(s2member_level2)]x[/s2If]")).toMatchObject({ requirement: { level: 2 }, inexact: [expect.stringContaining("exact level")] });
    expect(extractS2If("[s2If current_user_can(access_s2member_level1) OR current_user_can(access_s2member_ccap_a)]x[/s2If]")).toMatchObject({ requirement: { level: 1, ccaps: ["a"] }, inexact: [expect.stringContaining("OR")] });
    expect(extractS2If("[s2If get_user_field(country) == 'FR']x[/s2If]")).toMatchObject({ requirement: { level: 1 }, inexact: [expect.stringContaining("unknown condition")] });
  });

  it("no block: everything is the teaser", () => {
    expect(extractS2If("Just text [caption]x[/caption]")).toMatchObject({ gated: null, requirement: { level: null, ccaps: [] } });
  });
});

