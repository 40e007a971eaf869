#!/usr/bin/env node
import { Command } from "commander";
import { explain } from "./errors.js";
import { VERSION } from "./version.js";

// Each command lives in its own module; only the one asked for is loaded, so a quick command
// (quantities) does not pay for the pipeline's script tables, jieba or SQLite at start-up.
const COMMANDS: Record<string, () => Promise<Command>> = {
  run: async () => (await import("./commands/run.js")).run,
  query: async () => (await import("./commands/query.js")).query,
  eval: async () => (await import("./commands/eval.js")).evalCommand,
  quantities: async () => (await import("./commands/quantities.js")).quantities,
  audit: async () => (await import("./commands/audit.js")).audit,
  verify: async () => (await import("./commands/verify.js")).verify,
  report: async () => (await import("./commands/report.js")).report,
  merge: async () => (await import("./commands/merge.js")).merge,
  export: async () => (await import("./commands/export.js")).exportCommand,
  summary: async () => (await import("./commands/summary.js")).summary,
  schema: async () => (await import("./commands/schema.js")).schema,
};

// `union-claims query … | head`: when the reader of stdout goes away, stop quietly.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

const program = new Command()
  .name("union-claims")
  .description("Turn Chinese trade-union work summaries into a SQLite dataset of grounded quantitative claims.")
  .version(VERSION)
  .showHelpAfterError()
  .exitOverride();

try {
  const asked = process.argv[2];
  const load = asked !== undefined && Object.hasOwn(COMMANDS, asked) ? [COMMANDS[asked]!] : Object.values(COMMANDS);
  for (const command of await Promise.all(load.map((l) => l()))) program.addCommand(command.exitOverride());
  await program.parseAsync(process.argv);
} catch (error) {
  const code = (error as { code?: string }).code;
  if (code === "commander.helpDisplayed" || code === "commander.version" || code === "commander.help") {
    process.exitCode = 0;
  } else if (code?.startsWith("commander.")) {
    process.exitCode = 2; // commander has already printed the message
  } else {
    const { message, exitCode } = explain(error);
    process.stderr.write(`union-claims: ${message}\n`);
    process.exitCode = exitCode;
  }
}
