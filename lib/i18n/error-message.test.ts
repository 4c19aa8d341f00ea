import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { z } from "zod";
import { parseInput } from "@/lib/admin/parse-input";
import { CATALOGUES } from "./catalogue";
import { errorBodyIn, errorMessageIn } from "./error-message";

/** What a route answers for an AppError, in `locale` (as app/_lib/route-handler does). */
const answerIn = (locale: "en" | "fr", e: AppError) => errorBodyIn(locale, { error: e.message, fieldErrors: e.fieldErrors }, e.words, e.fieldWords);
const thrown = (fn: () => unknown): AppError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("nothing was thrown");
};

describe("error messages in the site's language", () => {
  it("English is left exactly as lib wrote it", () => {
    expect(errorMessageIn("en", "Enter a valid e-mail address.")).toBe("Enter a valid e-mail address.");
    const body = { error: "Please correct the highlighted fields.", fieldErrors: { password: "Use at least 10 characters." } };
    expect(errorBodyIn("en", body)).toBe(body);
  });

  it("a fixed message and its field errors in French, constants included", () => {
    expect(errorBodyIn("fr", { error: "Please correct the highlighted fields.", fieldErrors: { email: "Enter a valid e-mail address.", password: "Use at least 10 characters." } })).toEqual({
      error: "Veuillez corriger les champs signalés.",
      fieldErrors: { email: "Saisissez une adresse e-mail valide.", password: "Utilisez au moins 10 caractères." },
    });
    expect(errorMessageIn("fr", "E-mail or password is incorrect.")).toBe("E-mail ou mot de passe incorrect.");
    expect(errorMessageIn("fr", "This reset link has expired or was already used. Ask for a new one.")).toContain("Ce lien de réinitialisation a expiré");
  });

  it("a message with values is worded from its catalogue entry", () => {
    const e = new AppError("RATE_LIMITED", "Too many attempts. Please wait 3 minutes and try again.", {}, { key: "rateLimited", values: { minutes: 3 } });
    expect(errorMessageIn("fr", e.message, e.words)).toBe("Trop de tentatives. Veuillez patienter 3 minutes et réessayer.");
    expect(errorMessageIn("en", e.message, e.words)).toBe("Too many attempts. Please wait 3 minutes and try again.");
  });

  it("a message no catalogue holds stays as it is", () => {
    expect(errorMessageIn("fr", "Something no catalogue says.")).toBe("Something no catalogue says.");
  });

  it("the newsroom's fixed messages (errors.fixed), message and fields, in French", () => {
    const e = new AppError("CONFLICT", "Another plan already uses this Stripe price.", { stripePriceId: "Already linked to another plan." });
    expect(answerIn("fr", e)).toEqual({ error: "Une autre formule utilise déjà ce prix Stripe.", fieldErrors: { stripePriceId: "Déjà lié à une autre formule." } });
    expect(answerIn("en", e)).toEqual({ error: "Another plan already uses this Stripe price.", fieldErrors: { stripePriceId: "Already linked to another plan." } });
  });

  it("the newsroom's messages with values (errors.withValues), message and a field's, in French; English as lib wrote it", () => {
    const e = new AppError("CONFLICT", "ana@example.org is already editor.", { email: "Already editor." }, { key: "alreadyRole", values: { email: "ana@example.org", role: "editor" } }, { email: { key: "alreadyRoleField", values: { role: "editor" } } });
    expect(answerIn("fr", e)).toEqual({ error: "ana@example.org est déjà éditeur.", fieldErrors: { email: "Déjà éditeur." } });
    expect(answerIn("en", e)).toEqual({ error: "ana@example.org is already editor.", fieldErrors: { email: "Already editor." } });
    // The catalogue's English says what lib writes.
    expect(errorMessageIn("en", e.message, e.words)).toBe(e.message);
  });

  it("a schema's bound (max, min) is worded with the bound from the issue", () => {
    const schema = z.object({ name: z.string().max(1000, "Use at most 1,000 characters."), seats: z.coerce.number().min(0, "At least 0."), title: z.string().min(1, "Enter a title.") });
    const e = thrown(() => parseInput(schema, { name: "x".repeat(1001), seats: -1, title: "" }));
    expect(e.fieldErrors).toEqual({ name: "Use at most 1,000 characters.", seats: "At least 0.", title: "Enter a title." });
    const fr = answerIn("fr", e);
    expect(fr.error).toBe("Veuillez corriger les champs signalés.");
    expect({ ...fr.fieldErrors, name: fr.fieldErrors?.name?.replace(/\u202f|\u00a0/g, " ") }).toEqual({ name: "Utilisez au plus 1 000 caractères.", seats: "Au moins 0.", title: "Saisissez un titre." });
    expect(answerIn("en", e)).toEqual({ error: "Please correct the highlighted fields.", fieldErrors: e.fieldErrors });
  });

  it("a bound's message that says something else is left to the fixed lookup", () => {
    const e = thrown(() => parseInput(z.object({ csv: z.string().max(5, "Too long.") }), { csv: "x".repeat(6) }));
    expect(e.fieldWords).toEqual({});
    expect(answerIn("fr", e).fieldErrors).toEqual({ csv: "Trop long." });
  });

  it("the readers' and the newsroom's messages with values share no key", () => {
    const account = Object.keys(CATALOGUES.en.account.errorsWithValues);
    expect(Object.keys(CATALOGUES.en.errors.withValues).filter((k) => account.includes(k))).toEqual([]);
  });
});
