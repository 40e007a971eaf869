import { ADMIN_LEVEL_WORDS } from "../../dictionaries/admin.js";

/** The administrative level a union's name gives it: the level word standing latest in it. */
export function adminLevelOf(name: string): string {
  let best: { at: number; level: string; len: number } | undefined;
  for (const { word, level } of ADMIN_LEVEL_WORDS) {
    const at = name.lastIndexOf(word);
    if (at < 0) continue;
    if (!best || at > best.at || (at === best.at && word.length > best.len)) best = { at, level, len: word.length };
  }
  return best?.level ?? "other";
}
