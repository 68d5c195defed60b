// fixtures: what every browser test shares — the demo's addresses and
// tokens, signed-in pages per role, the axe-core check and screenshots.
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";

/** demo is the running demo, as global-setup started it. */
export const demo = {
  get url() {
    return process.env.PLANNER_E2E_URL ?? "";
  },
  get admin() {
    return process.env.PLANNER_E2E_ADMIN ?? "";
  },
  get advisor() {
    return process.env.PLANNER_E2E_ADVISOR ?? "";
  },
  get portal() {
    return process.env.PLANNER_E2E_PORTAL ?? "";
  },
  /** caldav is the demo CalDAV server's root, e.g. http://127.0.0.1:p/dav/ (users vejleder1,3,4,5, password "demo"). */
  get caldav() {
    return process.env.PLANNER_E2E_CALDAV ?? "";
  },
  get graph() {
    return process.env.PLANNER_E2E_GRAPH ?? "";
  },
};

/** signIn signs page in with an API token through the sign-in page. */
export async function signIn(page: Page, token: string): Promise<void> {
  await page.goto("/login");
  await page.getByLabel(/API-nøgle|API token/).fill(token);
  await page.getByRole("button", { name: /Log ind|Sign in/ }).click();
  await expect(page.locator("header .portal-user")).toBeVisible();
}

/** api calls the API with a bearer token from the test (setting up or checking data). */
export async function api<T>(token: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const res = await fetch(demo.url + path, {
    method,
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (res.status === 204 ? undefined : await res.json()) as T;
}

/**
 * expectAccessible runs axe-core (WCAG 2.0/2.1 A and AA) on the page and
 * fails on any serious or critical violation, naming the rule and the nodes.
 */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const text = bad.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 5).map((n) => n.target.join(" ")).join("\n  ")}`).join("\n");
  expect(bad, `axe-core on ${what}:\n${text}`).toEqual([]);
}

/**
 * shot saves a screenshot of the page as docs/screenshots/<name>.png when
 * PLANNER_E2E_SCREENSHOTS=1 (how the committed screenshots are made).
 */
export async function shot(page: Page, name: string): Promise<void> {
  if (process.env.PLANNER_E2E_SCREENSHOTS !== "1") return;
  const dir = resolve(import.meta.dirname, "../../docs/screenshots");
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: false });
}

/** test is Playwright's test with the demo's address as baseURL and signed-in pages. */
export const test = base.extend<{ admin: Page; advisor: Page }>({
  baseURL: async ({}, use) => use(demo.url),
  admin: async ({ page }, use) => {
    await signIn(page, demo.admin);
    await use(page);
  },
  advisor: async ({ page }, use) => {
    await signIn(page, demo.advisor);
    await use(page);
  },
});

export { expect };
