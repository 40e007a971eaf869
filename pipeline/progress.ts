import cliProgress from "cli-progress";
import type { FileEvent } from "./run.js";

/**
 * A progress bar for long runs on a terminal: files, megabytes, claims, rate and ETA. It
 * draws on stderr, so stdout keeps only the summary.
 */
export class RunProgress {
  private readonly bar: cliProgress.SingleBar;
  private readonly started = Date.now();
  private bytes = 0;
  private claims = 0;
  private problems = 0;
  private startedBar = false;

  constructor() {
    this.bar = new cliProgress.SingleBar(
      {
        stream: process.stderr,
        format: "{bar} {value}/{total} files | {mb} MB | {claims} claims | {problems} problems | {rate} MB/s | ETA {eta_formatted}",
        barsize: 24,
        hideCursor: true,
        clearOnComplete: false,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
  }

  update(e: FileEvent): void {
    if (!this.startedBar) {
      this.bar.start(e.total, 0, this.payload());
      this.startedBar = true;
    }
    this.bytes += e.bytes;
    this.claims += e.claims;
    if (e.problem) this.problems++;
    this.bar.update(e.done, this.payload());
  }

  private payload(): Record<string, string | number> {
    const seconds = Math.max(0.001, (Date.now() - this.started) / 1000);
    return {
      mb: (this.bytes / 1048576).toFixed(1),
      claims: this.claims,
      problems: this.problems,
      rate: (this.bytes / 1048576 / seconds).toFixed(2),
    };
  }

  stop(): void {
    if (this.startedBar) this.bar.stop();
  }
}
