// Staff sign in through LemonLDAP::NG (Debian's lemonldap-ng), by SAML to
// the OIOSAML 3 profile and by OpenID Connect, as an advisor and as an
// administrator; a person without a role is refused; signing out ends the
// session on the server and at the IdP (issue 20).
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const providers = { saml: "Log ind med LemonLDAP::NG (SAML)", oidc: "Log ind med LemonLDAP::NG (OpenID Connect)" };

/** signInAt goes through the IdP's login form as user (whose password is the login). */
async function signInAt(page: Page, provider: keyof typeof providers, user: string): Promise<void> {
  await page.goto("/kalender");
  await page.getByRole("link", { name: providers[provider] }).click();
  await expect(page).toHaveURL(new RegExp(`^${process.env.PLANNER_LLNG_URL}`));
  await page.locator('input[name="user"]').fill(user);
  await page.locator('input[name="password"]').fill(user);
  await page.locator('button[type="submit"], input[type="submit"]').first().click();
}

async function expectAccessible(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.help}`), `axe on ${what}`).toEqual([]);
}

for (const provider of ["saml", "oidc"] as const) {
  test(`${provider}: an advisor signs in and is linked to their advisor record`, async ({ page, context }) => {
    await signInAt(page, provider, "dwho");
    await expect(page).toHaveURL(/\/kalender$/);
    await expect(page.locator("header .portal-user")).toContainText("Doctor Who");
    const who = await page.evaluate(async () => (await fetch("/api/session")).json());
    expect(who.role).toBe("advisor");
    expect(who.advisorId).toBeGreaterThan(0);

    const copied = (await context.cookies()).filter((c) => c.name === "planner_session");
    expect(copied).toHaveLength(1);
    await page.getByRole("button", { name: "Log af" }).click();
    await expect(page).toHaveURL(/\/login$/);
    await context.addCookies(copied);
    expect(await page.evaluate(async () => (await fetch("/api/session")).status)).toBe(401);
    // signed out at the IdP too: the next sign-in asks for the password again
    await page.goto("/login");
    await page.getByRole("link", { name: providers[provider] }).click();
    await expect(page.locator('input[name="password"]')).toBeVisible();
  });

  test(`${provider}: an administrator signs in and opens the administration`, async ({ page }) => {
    await signInAt(page, provider, "rtyler");
    await expect(page.locator("header .portal-user")).toContainText("Rose Tyler");
    await page.goto("/admin/adgang");
    await expect(page.getByRole("heading", { level: 1, name: "Adgang" })).toBeVisible();
    await expect(page.locator("table[data-people]")).toContainText("Rose Tyler");
  });

  test(`${provider}: a person without a role is refused with a page that says what to tell IT`, async ({ page }) => {
    await signInAt(page, provider, "msmith");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Du blev ikke logget ind");
    await expect(page.getByRole("alert")).toContainText("Du har ingen rolle i Planner");
    await expect(page.locator("dl")).toContainText("no-role");
    await expectAccessible(page, "the refused sign-in");
    expect(await page.evaluate(async () => (await fetch("/api/session")).status)).toBe(401);
  });
}
