import { ZodError } from "zod";
import { DatasetError } from "../output/db.js";

/** A mistake in how the command was called: exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** Maps an error to the one line a user should read on stderr, and an exit code. */
export function explain(error: unknown): { message: string; exitCode: number } {
  if (error instanceof UsageError) return { message: error.message, exitCode: 2 };
  if (error instanceof DatasetError) return { message: error.message, exitCode: 2 };
  if (error instanceof ZodError) {
    const fields = error.issues.map((i) => `${flag(i.path) || "option"}: ${i.message}`).join("; ");
    return { message: `invalid options: ${fields}`, exitCode: 2 };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { message, exitCode: 1 };
}

/** An option as the user typed it: commitSeconds → --commit-seconds; arguments keep their name. */
function flag(path: ReadonlyArray<PropertyKey>): string {
  const [head, ...rest] = path.map(String);
  if (head === undefined) return "";
  const name = ARGUMENTS.has(head) ? head : `--${head.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  return [name, ...rest].join(".");
}

// Schema keys that are positional arguments, not --options.
const ARGUMENTS = new Set(["paths", "shards", "sql", "claimId"]);
