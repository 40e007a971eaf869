// Values-only agreement with the peer's public test suite (../shared/peer/recognizers-text):
// for each case not marked NotSupported for javascript, the multiset of values we recognise
// must equal the multiset the spec expects (numbers compared as numbers, % dropped).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { recognizeCurrency, recognizeNumbers, recognizePercentages, type Recognized } from "../extractors/numbers/recognize.js";

export interface SpecCase {
  Input: string;
  NotSupported?: string;
  Results: Array<{ Text: string; Resolution: { value: string | null } }>;
}

export interface SuiteScore {
  model: string;
  cases: number;
  agreed: number;
  failures: Array<{ input: string; expected: Array<number | null>; got: Array<number | null> }>;
}

export const MODELS = [
  { model: "NumberModel", file: "Number-NumberModel.json", recognize: recognizeNumbers },
  { model: "PercentModel", file: "Number-PercentModel.json", recognize: recognizePercentages },
  { model: "CurrencyModel", file: "NumberWithUnit-CurrencyModel.json", recognize: recognizeCurrency },
] as const;

const asNumber = (v: string | null): number | null => (v === null ? null : Number(v.replace(/%$/, "")));
const sameValues = (a: Array<number | null>, b: Array<number | null>) => {
  const key = (x: number | null) => (x === null ? "null" : Number(x.toPrecision(12)).toString());
  return JSON.stringify(a.map(key).sort()) === JSON.stringify(b.map(key).sort());
};

export function scoreSuite(dir: string): SuiteScore[] {
  return MODELS.map(({ model, file, recognize }) => {
    const cases = (JSON.parse(readFileSync(join(dir, file), "utf8")) as SpecCase[]).filter(
      (c) => !(c.NotSupported ?? "").toLowerCase().includes("javascript"),
    );
    const score: SuiteScore = { model, cases: cases.length, agreed: 0, failures: [] };
    for (const c of cases) {
      const expected = c.Results.map((r) => asNumber(r.Resolution.value));
      const got = (recognize as (t: string) => Recognized[])(c.Input).map((r) => r.value);
      if (sameValues(expected, got)) score.agreed++;
      else score.failures.push({ input: c.Input, expected, got });
    }
    return score;
  });
}

// Run directly: print the agreement and the failures.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop() ?? "")) {
  const dir = process.argv[2] ?? join(process.cwd(), "..", "shared", "peer", "recognizers-text");
  const scores = scoreSuite(dir);
  for (const s of scores) {
    console.log(`${s.model}: ${s.agreed}/${s.cases} = ${(s.agreed / s.cases).toFixed(3)}`);
    if (process.argv.includes("-v")) for (const f of s.failures) console.log(`  ${JSON.stringify(f.input)} expected ${JSON.stringify(f.expected)} got ${JSON.stringify(f.got)}`);
  }
  const [n, p] = scores;
  if (n && p) console.log(`Number+Percent: ${n.agreed + p.agreed}/${n.cases + p.cases} = ${((n.agreed + p.agreed) / (n.cases + p.cases)).toFixed(3)}`);
}
