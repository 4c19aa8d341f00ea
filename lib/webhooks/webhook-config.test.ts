import { afterEach, describe, expect, it, vi } from "vitest";
import { resetEnv } from "@/lib/env";
import { webhookConfig } from "./webhook-config";

afterEach(() => {
  vi.unstubAllEnvs();
  resetEnv();
});

describe("webhookConfig", () => {
  it("refuses private addresses and waits 10 s by default", () => {
    vi.stubEnv("LEDE_WEBHOOK_ALLOW_PRIVATE", "");
    vi.stubEnv("LEDE_WEBHOOK_TIMEOUT_MS", "");
    expect(webhookConfig()).toEqual({ allowPrivate: false, timeoutMs: 10_000 });
  });

  it("reads LEDE_WEBHOOK_ALLOW_PRIVATE and LEDE_WEBHOOK_TIMEOUT_MS", () => {
    vi.stubEnv("LEDE_WEBHOOK_ALLOW_PRIVATE", "1");
    vi.stubEnv("LEDE_WEBHOOK_TIMEOUT_MS", "2500");
    expect(webhookConfig()).toEqual({ allowPrivate: true, timeoutMs: 2_500 });
  });

  it("refuses a timeout out of range at start-up", () => {
    vi.stubEnv("LEDE_WEBHOOK_TIMEOUT_MS", "5");
    expect(() => webhookConfig()).toThrow(/LEDE_WEBHOOK_TIMEOUT_MS/);
  });
});
