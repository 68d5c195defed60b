// The browser tests: Debian's Chromium driven by Playwright against the
// built binary's `planner demo` (global-setup.ts starts it on free
// loopback ports). One worker: the tests share the demo's data and change it.
import { defineConfig } from "@playwright/test";

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.ts",
  testIgnore: "llng/**", // run from Go against LemonLDAP::NG (cmd/planner/sso_e2e_test.go)
  globalSetup: "./global-setup.ts",
  globalTeardown: "./global-teardown.ts",
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  outputDir: "../test-results",
  use: {
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
