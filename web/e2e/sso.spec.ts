// Single sign-on (issue 20): staff sign in through their municipality's
// identity provider — here the demo's own OpenID provider (planner demo
// -idp); the LemonLDAP::NG specs (SAML and OIDC) run from Go, see
// cmd/planner/sso_e2e_test.go — and the administration of sign-in and
// access.
import { expect, expectAccessible, shot, test } from "./fixtures";

test("an advisor signs in through the identity provider and comes back to the asked page, linked to their advisor", async ({ page, context }) => {
  await page.goto("/kalender");
  await page.getByRole("link", { name: "Log ind med Demo-identitetsudbyder" }).click();
  await expect(page.getByRole("heading", { name: "Demo-identitetsudbyder" })).toBeVisible();
  await page.getByRole("button", { name: "Bo Poulsen" }).click();
  await expect(page).toHaveURL(/\/kalender$/);
  await expect(page.locator("header .portal-user")).toContainText("Bo Poulsen");
  const who = await page.evaluate(async () => (await fetch("/api/session")).json());
  expect(who.role).toBe("advisor");
  expect(who.advisorId).toBeGreaterThan(0);
  const cookie = (await context.cookies()).find((c) => c.name === "planner_session");
  expect(cookie?.sameSite).toBe("Strict");

  // signing out ends the session here and at the provider, then comes back to the sign-in page
  const copied = (await context.cookies()).filter((c) => c.name === "planner_session");
  await page.getByRole("button", { name: "Log af" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await context.addCookies(copied);
  expect(await page.evaluate(async () => (await fetch("/api/session")).status)).toBe(401);
});

test("the administration's sign-in screen adds a provider whose secret is never shown and says what to register", async ({ admin }) => {
  await admin.goto("/admin/log-ind");
  await expect(admin.getByRole("heading", { level: 1, name: "Log ind" })).toBeVisible();
  await expect(admin.locator("table[data-list]")).toContainText("Demo-identitetsudbyder");
  await admin.getByLabel("Navn på knappen").fill("Glostrup Kommune");
  await admin.getByLabel("Udsteder (issuer)").fill("https://login.microsoftonline.com/0a1b2c3d-4e5f-6789-abcd-ef0123456789/v2.0");
  await admin.getByLabel("Klient-id (OpenID Connect)").fill("7c1e2d3f-planner");
  await admin.getByLabel("Klienthemmelighed (OpenID Connect)").fill("Xy8Q~never-shown");
  await admin.getByLabel("Claim der identificerer personen").fill("oid");
  await admin.getByRole("button", { name: "Opret" }).click();
  // the role map is required: the error is at the field, which gets focus
  await expect(admin.getByLabel("Roller i Planner")).toHaveAttribute("aria-invalid", "true");
  await expect(admin.getByLabel("Roller i Planner")).toBeFocused();
  await admin.getByLabel("Roller i Planner").fill("Planner.Advisor=advisor\nPlanner.Admin=admin");
  await admin.getByLabel("Klienthemmelighed (OpenID Connect)").fill("Xy8Q~never-shown");
  await admin.getByRole("button", { name: "Opret" }).click();
  await expect(admin.getByRole("status").or(admin.locator(".alert-success")).first()).toContainText("Glostrup Kommune er oprettet");
  await admin.getByRole("button", { name: "Rediger Glostrup Kommune" }).click();
  await expect(admin.getByText("Det skal identitetsudbyderen have")).toBeVisible();
  await expect(admin.locator("dl.planner-facts")).toContainText(/\/sso\/\d+\/callback/);
  await expect(admin.getByLabel("Klienthemmelighed (OpenID Connect)")).toHaveValue("");
  expect(await admin.content()).not.toContain("Xy8Q~never-shown");
  await expectAccessible(admin, "the sign-in administration");
  await shot(admin, "admin-signin");
  await admin.getByRole("button", { name: "Slet Glostrup Kommune" }).click();
  await admin.getByRole("dialog").getByRole("button", { name: "Slet" }).click();
  await expect(admin.locator("table[data-list]")).not.toContainText("Glostrup Kommune");
});

test("the access screen disables a person, whose session ends at once, and lists the tokens", async ({ admin, browser }) => {
  // Sarah Jensen signs in through the provider in a browser of her own
  const other = await browser.newContext();
  const sarah = await other.newPage();
  await sarah.goto("/login");
  await sarah.getByRole("link", { name: "Log ind med Demo-identitetsudbyder" }).click();
  await sarah.getByRole("button", { name: "Sarah Jensen" }).click();
  await expect(sarah.locator("header .portal-user")).toContainText("Sarah Jensen");

  await admin.goto("/admin/adgang");
  const row = admin.locator("table[data-people] tr", { hasText: "Sarah Jensen" });
  await expect(row).toContainText("Aktiv");
  await expectAccessible(admin, "the access administration");
  await shot(admin, "admin-access");
  await row.getByRole("button", { name: "Spær Sarah Jensen" }).click();
  await expect(row).toContainText("Spærret");
  expect(await sarah.evaluate(async () => (await fetch("/api/session")).status)).toBe(401);
  await row.getByRole("button", { name: "Genåbn Sarah Jensen" }).click();
  await expect(row).toContainText("Aktiv");
  await expect(admin.locator("table[data-tokens]")).toContainText("demo admin");
  await other.close();
});

test("a person without a role at the provider is refused with a page that says what to tell IT, which passes axe", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("link", { name: "Log ind med Demo-identitetsudbyder" }).click();
  await page.getByRole("button", { name: "Uden rolle" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Du blev ikke logget ind");
  await expect(page.getByRole("alert")).toContainText("Du har ingen rolle i Planner");
  await expect(page.locator("dl")).toContainText("no-role");
  await expectAccessible(page, "the refused sign-in");
  await shot(page, "signin-refused");
});
