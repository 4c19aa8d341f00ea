import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { errorBodyIn, errorMessageIn } from "./error-message";

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

  it("a message the catalogue does not hold stays as it is", () => {
    expect(errorMessageIn("fr", "Another plan already uses this Stripe price.")).toBe("Another plan already uses this Stripe price.");
  });
});
