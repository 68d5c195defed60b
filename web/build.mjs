// build.mjs builds the UI into dist/, which is committed and embedded in
// the Go binary (package web): the screens' bundles from src/, our CSS, and
// the parts of DKFDS the pages use. `node build.mjs --check` builds into a
// temporary folder instead and fails when dist/ differs (CI runs it).
import * as esbuild from "esbuild";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

const check = process.argv.includes("--check");
const out = check ? mkdtempSync(join(tmpdir(), "planner-web-")) : "dist";
if (!check) rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

await esbuild.build({
  entryPoints: { app: "src/app.ts", citizen: "src/citizen.ts" },
  outdir: out,
  bundle: true,
  format: "esm",
  target: "es2022",
  minify: true,
  legalComments: "external",
  charset: "utf8",
  logLevel: "warning",
});
// our CSS: src/app.css, then each area's src/css/*.css in name order
const css = [readFileSync("src/app.css", "utf8"), ...readdirSync("src/css").filter((f) => f.endsWith(".css")).sort().map((f) => readFileSync(join("src/css", f), "utf8"))];
writeFileSync(join(out, "app.css"), css.join("\n"));

const dk = "node_modules/dkfds/dist";
mkdirSync(join(out, "dkfds/css"), { recursive: true });
for (const theme of ["dkfds-virkdk.min.css", "dkfds-borgerdk.min.css"]) {
  cpSync(join(dk, "css", theme), join(out, "dkfds/css", theme));
}
// both formats the theme's @font-face names: it lists the .woff first, so a
// browser asks for it before the .woff2 (a 404 on every first load, issue 23)
for (const kind of ["woff2", "woff"]) {
  const fonts = `fonts/IBMPlexSans/complete/${kind}`;
  mkdirSync(join(out, "dkfds", fonts), { recursive: true });
  for (const f of readdirSync(join(dk, fonts))) {
    if (new RegExp(`^IBMPlexSans-(Regular|Italic|Medium|MediumItalic|SemiBold|SemiBoldItalic|Bold|BoldItalic)\\.${kind}$`).test(f) || f === "license.txt") {
      cpSync(join(dk, fonts, f), join(out, "dkfds", fonts, f));
    }
  }
}
cpSync(join(dk, "img"), join(out, "dkfds/img"), { recursive: true });
cpSync(join(dk, "LICENSE.md"), join(out, "dkfds/LICENSE.md"));

if (check) {
  const files = (dir) => readdirSync(dir, { recursive: true }).filter((f) => statSync(join(dir, f)).isFile()).sort();
  const want = files(out), have = files("dist");
  const differ = [...new Set([...want, ...have])].filter((f) => {
    try {
      return !readFileSync(join(out, f)).equals(readFileSync(join("dist", f)));
    } catch {
      return true;
    }
  });
  rmSync(out, { recursive: true, force: true });
  if (differ.length > 0) {
    console.error(`web/dist is not what web/src builds (run: cd web && npm run build): ${differ.slice(0, 10).join(", ")}`);
    process.exit(1);
  }
  console.log(`web/dist matches web/src (${relative(".", "dist")}, ${want.length} files)`);
}
