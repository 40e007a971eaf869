import { Command } from "commander";
import { existsSync, statSync } from "node:fs";
import { z } from "zod";
import { closeDataset, openDataset } from "../../output/db.js";
import { countRows, mergeShard, ShardError, type MergeCounts } from "../../output/merge.js";
import { DatasetWriter } from "../../output/writer.js";
import { UsageError } from "../errors.js";
import { duplicateTests } from "../fingerprint.js";

export const MergeOptions = z.object({
  out: z.string().min(1),
  shards: z.array(z.string().min(1)).min(1, "give at least one shard dataset"),
});
export type MergeOptions = z.infer<typeof MergeOptions>;

/**
 * Merges shard datasets into one. Rows are keyed by content hashes, so rows two shards share
 * are kept once; re-posts are then linked across shards, as one run over everything would.
 */
export function runMerge(options: MergeOptions): { counts: MergeCounts; output: string } {
  for (const shard of options.shards) if (!existsSync(shard)) throw new UsageError(`no shard dataset at ${shard}`);
  const out = existsSync(options.out) ? statSync(options.out) : undefined;
  for (const shard of options.shards) {
    const s = statSync(shard);
    if (out && s.dev === out.dev && s.ino === out.ino) throw new UsageError(`${shard} is ${options.out}: a dataset cannot be merged into itself`);
  }
  // The same shard named twice is merged once.
  const shards = [...new Map(options.shards.map((s) => [`${statSync(s).dev}:${statSync(s).ino}`, s])).values()];
  const db = openDataset(options.out);
  try {
    for (const shard of shards) {
      try {
        mergeShard(db, shard);
      } catch (error) {
        if (error instanceof ShardError) throw new UsageError(error.message);
        throw error;
      }
    }
    const writer = new DatasetWriter(db, duplicateTests);
    writer.relink();
    if (writer.searchStale()) writer.indexSearch();
    const counts = { shards: options.shards.length, ...countRows(db) };
    return { counts, output: `merged ${counts.shards} shards into ${options.out}: ${counts.sources} sources, ${counts.reports} reports, ${counts.claims} claims, ${counts.problems} problems\n` };
  } finally {
    closeDataset(db);
  }
}

export const merge = new Command("merge")
  .description("merge shard datasets (made with run --shard i/n) into one, without duplicates")
  .argument("<out>", "the dataset to create or add to")
  .argument("<shards...>", "shard datasets")
  .action((out: string, shards: string[]) => {
    process.stdout.write(runMerge(MergeOptions.parse({ out, shards })).output);
  });
