// Sign-in and the session (issue 13, point 2), and the front page (§3).
import { api, demo, expect, expectAccessible, shot, signIn, test } from "./fixtures";

test("a visitor without a session is sent to the sign-in page, which passes axe", async ({ page }) => {
  await page.goto("/kalender");
  await expect(page).toHaveURL(/\/login\?next=%2Fkalender|\/login\?next=\/kalender/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Log ind på Planner");
  await expectAccessible(page, "the sign-in page");
  await shot(page, "signin");
});

test("a wrong token is refused with a message at the field", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("API-nøgle").fill("not-a-token");
  await page.getByRole("button", { name: "Log ind" }).click();
  await expect(page.getByRole("alert").first()).toContainText("Nøglen kendes ikke");
  await expect(page.getByLabel("API-nøgle")).toHaveAttribute("aria-invalid", "true");
});

test("the portal's token cannot sign in to the advisors' screens", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("API-nøgle").fill(demo.portal);
  await page.getByRole("button", { name: "Log ind" }).click();
  await expect(page.getByRole("alert").first()).toContainText("borgerportalens nøgle");
});

test("signing in gives an HttpOnly SameSite=Strict cookie and returns to the asked page", async ({ page, context }) => {
  await page.goto("/kalender");
  await page.getByLabel("API-nøgle").fill(demo.advisor);
  await page.getByRole("button", { name: "Log ind" }).click();
  await expect(page).toHaveURL(/\/kalender$/);
  const cookie = (await context.cookies()).find((c) => c.name === "planner_session");
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe("Strict");
  expect(cookie?.value.startsWith("sealed:v1:")).toBe(true);
});

test("a write without the CSRF token is refused even with the session cookie", async ({ admin }) => {
  const status = await admin.evaluate(async () => (await fetch("/api/offers/1/deactivate", { method: "POST" })).status);
  expect(status).toBe(403);
});

test("the front page shows who is absent and the three counts, in Danish and in English", async ({ admin }) => {
  await admin.goto("/");
  await expect(admin.getByRole("heading", { level: 1, name: "Forside" })).toBeVisible();
  const fp = await api<{ frontPage: { notSent: number }; pendingCounter: number }>(demo.admin, "GET", "/api/front-page");
  await expect(admin.locator('[data-count="notSent"]')).toHaveText(String(fp.frontPage.notSent));
  await expect(admin.getByRole("heading", { name: "Fraværende lige nu" })).toBeVisible();
  await expectAccessible(admin, "the front page");
  await shot(admin, "front-page");
  await admin.getByRole("button", { name: "English" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Front page" })).toBeVisible();
  await expect(admin.locator("html")).toHaveAttribute("lang", "en");
  await admin.getByRole("button", { name: "Dansk" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Forside" })).toBeVisible();
});

test("signing out ends the session, on the server: a copy of the cookie taken before is refused", async ({ admin }) => {
  await admin.goto("/");
  const copied = (await admin.context().cookies()).filter((c) => c.name === "planner_session");
  expect(copied).toHaveLength(1);
  await admin.getByRole("button", { name: "Log af" }).click();
  await expect(admin).toHaveURL(/\/login$/);
  await admin.goto("/");
  await expect(admin).toHaveURL(/\/login/);
  await admin.context().addCookies(copied); // as if kept from before the sign-out
  const status = await admin.evaluate(async () => (await fetch("/api/session")).status);
  expect(status).toBe(401);
  await admin.goto("/kalender");
  await expect(admin).toHaveURL(/\/login/);
});

test("a session bound to one role cannot open the administration", async ({ advisor }) => {
  await advisor.goto("/admin");
  await expect(advisor.getByRole("heading", { level: 1 })).toHaveText("Siden findes ikke");
});

export { signIn };
