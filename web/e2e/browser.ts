// browser: what every Playwright configuration of the UI's tests shares —
// Debian's Chromium, headless, on the machine's closed network, in Danish
// and Copenhagen time.
import type { PlaywrightTestConfig } from "@playwright/test";

export const shared: PlaywrightTestConfig = {
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
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
};
