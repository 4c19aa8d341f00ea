import { describe, expect, it } from "vitest";
import { accountExistsEmail } from "./account-exists-email";
import { emailChangeEmails } from "./email-change-emails";
import { passwordResetEmail } from "./password-reset-email";
import { seatInvitationEmail } from "./seat-invitation-email";
import { signInEmail } from "./sign-in-email";
import { staffInvitationEmail } from "./staff-invitation-email";

const signIn = { to: "ana@example.org", siteName: "The Desk", confirmUrl: "https://desk.example/signin/confirm?token=T", code: "ABCD-EFGH", minutes: 15 };

describe("e-mails in the site's language", () => {
  it("the sign-in e-mail in English is worded as before", () => {
    const mail = signInEmail({ ...signIn, locale: "en" });
    expect(mail.subject).toBe("Your sign-in link for The Desk");
    expect(mail.text).toContain("Open this link to sign in to The Desk:\nhttps://desk.example/signin/confirm?token=T");
    expect(mail.text).toContain("Or type this code on the sign-in page: ABCD-EFGH");
    expect(mail.text).toContain("expire in 15 minutes.");
    expect(mail.text).not.toContain("first time this address is proved");
  });

  it("the sign-in e-mail in French: subject, link text, code and the dropped password", () => {
    const mail = signInEmail({ ...signIn, dropsPassword: true, locale: "fr" });
    expect(mail.to).toBe("ana@example.org");
    expect(mail.subject).toBe("Votre lien de connexion à The Desk");
    expect(mail.text.startsWith("Bonjour,")).toBe(true);
    expect(mail.text).toContain("Ouvrez ce lien pour vous connecter à The Desk :\nhttps://desk.example/signin/confirm?token=T");
    expect(mail.text).toContain("Ou saisissez ce code sur la page de connexion : ABCD-EFGH");
    expect(mail.text).toContain("expirent dans 15 minutes.");
    expect(mail.text).toContain("le mot de passe défini auparavant sera donc supprimé");
    expect(mail.text).not.toMatch(/\b(sign in|Hello|link)\b/i);
  });

  it("the account-exists e-mail in French", () => {
    const mail = accountExistsEmail({ to: "ana@example.org", siteName: "The Desk", signInUrl: "https://desk.example/signin", locale: "fr" });
    expect(mail.subject).toBe("Vous avez déjà un compte sur The Desk");
    expect(mail.text).toContain("Pour vous connecter, ouvrez :\nhttps://desk.example/signin");
  });

  it("the e-mail change messages in French, to the new address and the old one", () => {
    const mails = emailChangeEmails({ site: "The Desk", oldEmail: "old@example.org", newEmail: "new@example.org", minutes: 24 * 60, locale: "fr" });
    const proof = mails.proof("https://desk.example/account/confirm-email?token=T");
    expect(proof.to).toBe("new@example.org");
    expect(proof.subject).toBe("Confirmez votre nouvelle adresse pour The Desk");
    expect(proof.text).toContain("expire dans 24 heures");
    expect(mails.taken().subject).toBe("Quelqu’un a demandé à utiliser cette adresse sur The Desk");
    expect(mails.requested()).toMatchObject({ to: "old@example.org", subject: "Un changement d’adresse a été demandé sur The Desk" });
    expect(mails.requested().text).toContain("changer son adresse en new@example.org.");
    expect(mails.changed().text).toContain("est désormais new@example.org");
    expect(emailChangeEmails({ site: "The Desk", oldEmail: "old@example.org", newEmail: "new@example.org", minutes: 24 * 60, locale: "en" }).changed().subject).toBe("Your address at The Desk was changed");
  });

  it("the password reset e-mail in French, with and without a password before", () => {
    const base = { to: "ana@example.org", siteName: "The Desk", resetUrl: "https://desk.example/reset-password?token=T", minutes: 30, locale: "fr" as const };
    const mail = passwordResetEmail({ ...base, hadPassword: true });
    expect(mail.subject).toBe("Réinitialisez votre mot de passe pour The Desk");
    expect(mail.text).toContain("Pour choisir un nouveau mot de passe pour The Desk, ouvrez ce lien :\nhttps://desk.example/reset-password?token=T");
    expect(passwordResetEmail({ ...base, hadPassword: false }).text).toContain("n’a pas de mot de passe pour l’instant");
    expect(passwordResetEmail({ ...base, hadPassword: true, locale: "en" }).subject).toBe("Reset your password for The Desk");
  });

  it("the seat and staff invitations in French, the role named in French", () => {
    const seat = seatInvitationEmail({ site: "The Desk", organisation: "Tartu Library", to: "ana@example.org", url: "https://desk.example/account/organisation/accept?token=T", days: 14, locale: "fr" });
    expect(seat.subject).toBe("Tartu Library vous offre une place sur The Desk");
    expect(seat.text).toContain("(ana@example.org)");
    expect(seat.text).toContain("valable 14 jours");
    const staff = staffInvitationEmail({ to: "ana@example.org", siteName: "The Desk", role: "editor", link: "https://desk.example/staff-invitation?token=T", days: 7, locale: "fr" });
    expect(staff.subject).toBe("Vous êtes invité·e à rejoindre The Desk en tant que éditeur·rice");
    expect(staff.text).toContain("expire dans 7 jours");
    expect(staffInvitationEmail({ to: "ana@example.org", siteName: "The Desk", role: "editor", link: "x", days: 7, locale: "en" }).subject).toBe("You are invited to join The Desk as editor");
  });
});
