// global-setup starts `planner demo` (PLANNER_BIN, or a fresh `go build`)
// on free loopback ports, waits for it to print its tokens, and hands the
// addresses and tokens to the tests through the environment.
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once("error", fail);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}

export default async function globalSetup(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "planner-e2e-"));
  let bin = process.env.PLANNER_BIN ?? "";
  if (!bin) {
    bin = join(dir, "planner");
    execFileSync("go", ["build", "-o", bin, "./cmd/planner"], { cwd: resolve(import.meta.dirname, "../.."), stdio: "inherit" });
  }
  const [app, dav, graph, jobnet, idp] = [await freePort(), await freePort(), await freePort(), await freePort(), await freePort()];
  const child = spawn(
    bin,
    ["demo", "-addr", `127.0.0.1:${app}`, "-caldav-addr", `127.0.0.1:${dav}`, "-graph-addr", `127.0.0.1:${graph}`, "-jobnet-addr", `127.0.0.1:${jobnet}`, "-sync-interval", "2s", "-idp", "-idp-addr", `127.0.0.1:${idp}`],
    { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, PLANNER_LOG_LEVEL: "warn" } },
  );
  writeFileSync(join(dir, "pid"), String(child.pid));
  process.env.PLANNER_E2E_DIR = dir;
  process.env.PLANNER_E2E_PID = String(child.pid);
  let out = "";
  let err = "";
  child.stderr.on("data", (b: Buffer) => {
    err += b.toString();
    if (err.length > 200_000) err = err.slice(-100_000);
  });
  await new Promise<void>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`planner demo did not start in 60 s:\n${out}\n${err.slice(-4000)}`)), 60_000);
    child.once("exit", (code) => fail(new Error(`planner demo exited with ${code}:\n${out}\n${err.slice(-4000)}`)));
    child.stdout.on("data", (b: Buffer) => {
      out += b.toString();
      if (/serving the UI and the API/.test(out)) {
        clearTimeout(timer);
        ok();
      }
    });
  });
  const token = (role: string) => new RegExp(`^\\s+${role}\\s+token: (\\S+)$`, "m").exec(out)?.[1] ?? "";
  process.env.PLANNER_E2E_URL = `http://127.0.0.1:${app}`;
  process.env.PLANNER_E2E_ADMIN = token("admin");
  process.env.PLANNER_E2E_ADVISOR = token("advisor");
  process.env.PLANNER_E2E_PORTAL = token("portal");
  process.env.PLANNER_E2E_CALDAV = `http://127.0.0.1:${dav}/dav/`;
  process.env.PLANNER_E2E_GRAPH = `http://127.0.0.1:${graph}`;
  process.env.PLANNER_E2E_JOBNET = `http://127.0.0.1:${jobnet}`;
  process.env.PLANNER_E2E_IDP = `http://127.0.0.1:${idp}`;
  if (!process.env.PLANNER_E2E_ADMIN || !process.env.PLANNER_E2E_ADVISOR) throw new Error(`no tokens in the demo's output:\n${out}`);
  child.stdout.on("data", () => undefined); // keep draining
}
