// The browser tests: Debian's Chromium driven by Playwright against the
// built binary's `planner demo` (global-setup.ts starts it on free
// loopback ports). One worker: the tests share the demo's data and change it.
import { defineConfig } from "@playwright/test";
import { shared } from "./browser";

export default defineConfig({
  ...shared,
  testDir: ".",
  testMatch: "*.spec.ts",
  testIgnore: "llng/**", // run from Go against LemonLDAP::NG (cmd/planner/sso_e2e_test.go)
  globalSetup: "./global-setup.ts",
  globalTeardown: "./global-teardown.ts",
  outputDir: "../test-results",
});
