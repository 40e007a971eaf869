import nodejieba from "nodejieba";
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

// jieba loads its dictionaries once per process (and once per worker thread). Its full main
// dictionary costs about 300 MB of memory; the rules only need common words and the union
// vocabulary, so jieba loads the words of its own dictionary seen at least MIN_FREQUENCY
// times (about a third, 133 MB) plus our user dictionary, which keeps 工会联合会, 建会率,
// 留守儿童 and the like whole.
const MIN_FREQUENCY = 10;
let loaded = false;

/**
 * The trimmed main dictionary, derived once from nodejieba's own and cached in the temp folder.
 * The cache is named by the package's version and the dictionary's size: reading and hashing
 * the 8 MB dictionary to name it cost every worker a tenth of a second at start.
 */
function coreDictionary(): string {
  // The package exports the path of its dictionary, though its type declarations omit it.
  const source = (nodejieba as unknown as { DEFAULT_DICT: string }).DEFAULT_DICT;
  const { version } = createRequire(import.meta.url)("nodejieba/package.json") as { version: string };
  const key = `${version}-${statSync(source).size}-${MIN_FREQUENCY}`;
  const path = join(tmpdir(), `union-claims-jieba-${key}.dict.utf8`);
  if (existsSync(path)) return path;
  const full = readFileSync(source, "utf8");
  const kept = full.split("\n").filter((line) => Number(line.split(" ")[1] ?? 0) >= MIN_FREQUENCY);
  // Written aside and renamed, so parallel workers never read a half-written file.
  const partial = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  writeFileSync(partial, kept.join("\n") + "\n");
  renameSync(partial, path);
  return path;
}

function ensureLoaded(): void {
  if (loaded) return;
  const asset = (name: string) => fileURLToPath(new URL(`../dictionaries/${name}`, import.meta.url));
  const userDict = asset("jieba-user.dict.txt");
  // Keyword extraction is never used, but jieba loads its IDF table (13 MB per thread) unless
  // given another: a one-line table and stop list stand in for them.
  const idfDict = asset("jieba-idf.unused.txt");
  const stopWordDict = asset("jieba-stop.unused.txt");
  nodejieba.load({
    dict: coreDictionary(),
    ...(existsSync(userDict) ? { userDict } : {}),
    ...(existsSync(idfDict) && existsSync(stopWordDict) ? { idfDict, stopWordDict } : {}),
  });
  loaded = true;
}

export interface Word {
  readonly word: string;
  readonly tag: string;
}

// Rules tag short stretches (the words before a figure, a title, a name's prefix), and the same
// stretches come back again and again: re-posted reports, stock phrases, the clauses of a
// compilation. A call into jieba costs microseconds whatever the text's length; a look-up, a
// tenth of that. Two generations bound the memory: when the young one is full it becomes the
// old one, and what was not used since is dropped.
const GENERATION = 20_000;
let young = new Map<string, readonly Word[]>();
let old = new Map<string, readonly Word[]>();

/**
 * Words with part-of-speech tags. jieba splits digit strings into single characters. The
 * array is shared between callers of the same text: read it, do not change it.
 */
export function tagWords(text: string): readonly Word[] {
  let words = young.get(text);
  if (words !== undefined) return words;
  words = old.get(text);
  if (words === undefined) {
    ensureLoaded();
    words = Object.freeze(nodejieba.tag(text));
  }
  if (young.size >= GENERATION) {
    old = young;
    young = new Map();
  }
  young.set(text, words);
  return words;
}
