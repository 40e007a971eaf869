// Packs the project as npm would publish it, installs the tarball into a fresh project in a
// temporary folder, and uses it there as a library and as a command:
//
//   npm run pack:check
//
// Installing compiles nodejieba and better-sqlite3 (about a minute), so this is a script to run
// before a release, not a unit test.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const work = mkdtempSync(join(tmpdir(), "union-claims-pack-"));
const npm = (args, cwd) => execFileSync("npm", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });

try {
  // The build is up to date (npm run pack:check builds first); prepare would build again.
  const packed = JSON.parse(npm(["pack", "--json", "--ignore-scripts", "--pack-destination", work], ROOT))[0];
  console.log(`packed ${packed.filename}: ${packed.entryCount} files, ${(packed.size / 1024).toFixed(0)} kB`);
  const project = join(work, "fresh");
  execFileSync("mkdir", ["-p", project]);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "fresh", version: "1.0.0", type: "module", private: true }, null, 2));
  const started = Date.now();
  npm(["install", "--no-audit", "--no-fund", "--prefer-offline", join(work, packed.filename)], project);
  console.log(`installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);

  // The README's API example, as a user would run it in their own project.
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const example = /## Library[\s\S]*?```js\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!example) throw new Error("README has no ```js example under ## Library");
  writeFileSync(join(project, "example.mjs"), example);
  writeFileSync(join(project, "archive.txt"), "北湾镇工会2022年工作总结\n全年新建基层工会4个,发展会员160人,发放慰问金1.8万元。\n");
  const run = spawnSync(process.execPath, ["example.mjs"], { cwd: project, encoding: "utf8" });
  process.stdout.write(run.stdout);
  if (run.status !== 0) throw new Error(`the example failed:\n${run.stderr}`);

  // Types: the declarations the exports name are there.
  const types = spawnSync(process.execPath, ["--input-type=module", "-e",
    "import { createRequire } from 'node:module'; const pkg = createRequire(import.meta.url)('union-claims/package.json'); console.log(pkg.exports['.'].types)"],
  { cwd: project, encoding: "utf8" });
  console.log(`types: ${types.stdout.trim()}`);
  const cli = spawnSync(join(project, "node_modules", ".bin", "union-claims"), ["--version"], { cwd: project, encoding: "utf8" });
  console.log(`npx union-claims --version in the fresh project: ${cli.stdout.trim()}`);
  if (cli.status !== 0) throw new Error(cli.stderr);
  console.log("ok: import('union-claims') and the command work from a fresh project");
} finally {
  rmSync(work, { recursive: true, force: true });
}
