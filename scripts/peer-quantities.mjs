// The peer as a command, for the benchmark: reads lines on stdin and prints, per line, the
// JSON array of what @microsoft/recognizers-text-suite's recognizeNumber (Chinese) finds.
import { createInterface } from "node:readline";
import * as Recognizers from "@microsoft/recognizers-text-suite";

let out = [];
let size = 0;
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  const found = Recognizers.recognizeNumber(line, Recognizers.Culture.Chinese).map((r) => ({
    text: r.text, start: r.start, end: r.end + 1, value: Number(r.resolution.value),
  }));
  const json = JSON.stringify(found) + "\n";
  out.push(json);
  size += json.length;
  if (size > 1 << 20) {
    process.stdout.write(out.join(""));
    out = [];
    size = 0;
  }
}
process.stdout.write(out.join(""));
