// global-teardown stops the demo global-setup started, by its process id.
import { rmSync } from "node:fs";

export default async function globalTeardown(): Promise<void> {
  const pid = Number(process.env.PLANNER_E2E_PID);
  if (pid > 0) {
    try {
      process.kill(pid, "SIGTERM");
    } catch {
      /* already gone */
    }
    for (let i = 0; i < 100; i++) {
      try {
        process.kill(pid, 0);
      } catch {
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  if (process.env.PLANNER_E2E_DIR) rmSync(process.env.PLANNER_E2E_DIR, { recursive: true, force: true });
}
