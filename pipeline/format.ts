import { stringify } from "csv-stringify/sync";
import stringWidth from "string-width";

export type Row = Record<string, unknown>;

function cell(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(12)));
  if (Buffer.isBuffer(v)) return `<${v.length} bytes>`;
  return String(v);
}

/** Writes rows as they come, in one of the query formats; `end` after the last. */
export interface RowWriter {
  row(row: Row): void;
  end(): void;
}

// A table's column widths are taken from its first rows: the rest are written as they come,
// so a result of millions of rows is never held whole.
const TABLE_SAMPLE = 1000;

/** Rows as an aligned text table; Chinese characters count two columns wide. */
export function tableWriter(columns: readonly string[], write: (chunk: string) => void): RowWriter {
  const held: string[][] = [];
  let widths: number[] | undefined;
  const cells = (r: Row) => columns.map((c) => cell(r[c]).replace(/\s+/g, " "));
  const pad = (s: string, w: number) => s + " ".repeat(Math.max(0, w - stringWidth(s)));
  const line = (values: readonly string[]) => values.map((v, i) => pad(v, widths?.[i] ?? 0)).join("  ").trimEnd() + "\n";
  const start = () => {
    widths = columns.map((c, i) => Math.max(stringWidth(c), ...held.map((r) => stringWidth(r[i] ?? ""))));
    write(line(columns) + widths.map((w) => "-".repeat(w)).join("  ") + "\n" + held.map(line).join(""));
    held.length = 0;
  };
  return {
    row(r) {
      if (widths) return write(line(cells(r)));
      held.push(cells(r));
      if (held.length >= TABLE_SAMPLE) start();
    },
    end() {
      if (columns.length === 0) return write("(no rows)\n");
      if (!widths) start();
    },
  };
}

export function csvWriter(columns: readonly string[], write: (chunk: string) => void): RowWriter {
  write(stringify([columns as string[]]));
  return {
    row: (r) => write(stringify([columns.map((c) => cell(r[c]))])),
    end: () => undefined,
  };
}

/** A JSON array of objects, as JSON.stringify(rows, null, 2) writes it, a row at a time. */
export function jsonWriter(write: (chunk: string) => void): RowWriter {
  let rows = 0;
  return {
    row(r) {
      write((rows++ === 0 ? "[\n  " : ",\n  ") + JSON.stringify(r, null, 2).replace(/\n/g, "\n  "));
    },
    end() {
      write(rows === 0 ? "[]\n" : "\n]\n");
    },
  };
}

function collect(make: (write: (chunk: string) => void) => RowWriter, rows: readonly Row[]): string {
  let out = "";
  const writer = make((chunk) => (out += chunk));
  for (const r of rows) writer.row(r);
  writer.end();
  return out;
}

export function formatTable(rows: readonly Row[], columns?: readonly string[]): string {
  return collect((w) => tableWriter(columns ?? Object.keys(rows[0] ?? {}), w), rows);
}

export function formatCsv(rows: readonly Row[], columns?: readonly string[]): string {
  return collect((w) => csvWriter(columns ?? Object.keys(rows[0] ?? {}), w), rows);
}

export function formatJson(rows: readonly Row[]): string {
  return collect(jsonWriter, rows);
}
