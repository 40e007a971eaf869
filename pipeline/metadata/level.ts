import { ADMIN_LEVEL_WORDS } from "../../dictionaries/admin.js";

/**
 * The administrative level a union's name gives it: the level word standing latest in it
 * (dictionaries/admin.ts). Stored in reports.admin_level.
 */
export function adminLevelOf(name: string): string {
  let best: { at: number; level: string; len: number } | undefined;
  for (const { word, level } of ADMIN_LEVEL_WORDS) {
    const at = name.lastIndexOf(word);
    if (at < 0) continue;
    if (!best || at > best.at || (at === best.at && word.length > best.len)) best = { at, level, len: word.length };
  }
  return best?.level ?? "other";
}

// A township and a town are one tier: 乡镇工会 names the kind of 白沙乡工会 and of 石门镇工会.
const TIER: Record<string, string> = { township: "town" };

/** Whether two names stand at one tier of the administration (乡镇工会 and 白沙乡工会). */
export function sameTier(a: string, b: string): boolean {
  const ta = adminLevelOf(a);
  const tb = adminLevelOf(b);
  return (TIER[ta] ?? ta) === (TIER[tb] ?? tb);
}
