// tsc compiles only TypeScript; the SQL migrations, dictionary text files and the review site's
// script and style travel beside the compiled modules that read them.
import { cpSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";

const assets = [
  { from: "output/migrations", to: "dist/output/migrations", match: /\.sql$/ },
  { from: "dictionaries", to: "dist/dictionaries", match: /\.txt$/ },
  { from: "output/review/assets", to: "dist/output/review/assets", match: /\.(js|css)$/ },
];
for (const { from, to, match } of assets) {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) if (match.test(name)) cpSync(join(from, name), join(to, name));
}
