// The sign-in through a real identity provider, LemonLDAP::NG (issue 20):
// cmd/planner/sso_e2e_test.go starts it, and `planner serve` configured
// with it, then runs these specs with the addresses in the environment
// (PLANNER_E2E_URL, PLANNER_LLNG_URL). Debian's Chromium, as the other
// browser tests.
import { defineConfig } from "@playwright/test";
import { shared } from "../browser";

export default defineConfig({
  ...shared,
  testDir: ".",
  testMatch: "*.spec.ts",
  outputDir: "../../test-results/llng",
  use: { ...shared.use, baseURL: process.env.PLANNER_E2E_URL },
});
