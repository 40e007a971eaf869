import { stringify } from "csv-stringify/sync";
import stringWidth from "string-width";

export type Row = Record<string, unknown>;

function cell(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(12)));
  if (Buffer.isBuffer(v)) return `<${v.length} bytes>`;
  return String(v);
}

/** Rows as an aligned text table; Chinese characters count two columns wide. */
export function formatTable(rows: readonly Row[], columns?: readonly string[]): string {
  const cols = columns ?? Object.keys(rows[0] ?? {});
  if (cols.length === 0) return "(no rows)\n";
  const cells = rows.map((r) => cols.map((c) => cell(r[c]).replace(/\s+/g, " ")));
  const widths = cols.map((c, i) => Math.max(stringWidth(c), ...cells.map((r) => stringWidth(r[i] ?? ""))));
  const pad = (s: string, w: number) => s + " ".repeat(Math.max(0, w - stringWidth(s)));
  const line = (values: readonly string[]) => values.map((v, i) => pad(v, widths[i] ?? 0)).join("  ").trimEnd();
  return [line(cols), widths.map((w) => "-".repeat(w)).join("  "), ...cells.map(line)].join("\n") + "\n";
}

export function formatCsv(rows: readonly Row[], columns?: readonly string[]): string {
  const cols = columns ?? Object.keys(rows[0] ?? {});
  return stringify(rows.map((r) => cols.map((c) => cell(r[c]))), { header: true, columns: cols as string[] });
}

export function formatJson(rows: readonly Row[]): string {
  return JSON.stringify(rows, null, 2) + "\n";
}
