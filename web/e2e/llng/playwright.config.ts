// The sign-in through a real identity provider, LemonLDAP::NG (issue 20):
// cmd/planner/sso_e2e_test.go starts it, and `planner serve` configured
// with it, then runs these specs with the addresses in the environment
// (PLANNER_E2E_URL, PLANNER_LLNG_URL). Debian's Chromium, as the other
// browser tests.
import { defineConfig } from "@playwright/test";

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.ts",
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  outputDir: "../../test-results/llng",
  use: {
    baseURL: process.env.PLANNER_E2E_URL,
    headless: true,
    locale: "da-DK",
    timezoneId: "Europe/Copenhagen",
    viewport: { width: 1366, height: 900 },
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.PLANNER_CHROMIUM || "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync"],
    },
  },
});
