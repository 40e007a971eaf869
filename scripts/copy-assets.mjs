// tsc compiles only TypeScript; the SQL migrations and dictionary text files travel beside
// the compiled modules that read them.
import { cpSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";

const assets = [
  { from: "output/migrations", to: "dist/output/migrations", match: /\.sql$/ },
  { from: "dictionaries", to: "dist/dictionaries", match: /\.txt$/ },
];
for (const { from, to, match } of assets) {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) if (match.test(name)) cpSync(join(from, name), join(to, name));
}
