#!/usr/bin/env node
import { Command } from "commander";
import { evalCommand } from "./commands/eval.js";
import { quantities } from "./commands/quantities.js";
import { query } from "./commands/query.js";
import { run } from "./commands/run.js";
import { explain } from "./errors.js";
import { VERSION } from "./version.js";

const program = new Command()
  .name("union-claims")
  .description("Turn Chinese trade-union work summaries into a SQLite dataset of grounded quantitative claims.")
  .version(VERSION)
  .showHelpAfterError()
  .exitOverride()
  .addCommand(run)
  .addCommand(query)
  .addCommand(evalCommand)
  .addCommand(quantities);

try {
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
