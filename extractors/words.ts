import nodejieba from "nodejieba";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

// jieba loads its dictionaries once per process; the union vocabulary keeps words such as
// 工会联合会 and 建会率 whole, so the rules see them as one word.
let loaded = false;

function ensureLoaded(): void {
  if (loaded) return;
  const userDict = fileURLToPath(new URL("../dictionaries/jieba-user.dict.txt", import.meta.url));
  if (existsSync(userDict)) nodejieba.load({ userDict });
  loaded = true;
}

export interface Word {
  word: string;
  tag: string;
}

/** Words with part-of-speech tags. jieba splits digit strings into single characters. */
export function tagWords(text: string): Word[] {
  ensureLoaded();
  return nodejieba.tag(text);
}
