import { extname } from "node:path";
import { decode } from "./decode.js";
import { htmlToText, type HtmlText } from "./html.js";
import { readRaw } from "./read.js";

export { walk, describe, nameText, TEXT_EXTENSIONS, DEFAULT_MAX_BYTES } from "./walk.js";
export { codePointLength, utf16ToCodePoints, sliceCodePoints, stringFromUnits, CodePointText } from "./codepoints.js";
export { decode } from "./decode.js";
export { htmlToText, type HtmlText } from "./html.js";

export type SourceFormat = "text" | "html";

/** One input file, decoded. `text` is kept whole: every later offset points into it. */
export interface Source {
  path: string;
  /** The path's bytes, when a name in it is not UTF-8 (`path` then shows them escaped). */
  pathBytes?: Uint8Array;
  sha256: string;
  bytes: number;
  encoding: string;
  format: SourceFormat;
  text: string;
  /** For HTML, the page's readable text with a map back into `text` (UTF-16 units). */
  html?: HtmlText;
  /** Non-fatal trouble met while reading (undecodable bytes). */
  warnings: string[];
}

export function formatOf(path: string): SourceFormat {
  const ext = extname(path).toLowerCase();
  return ext === ".html" || ext === ".htm" ? "html" : "text";
}

export async function loadSource(path: string): Promise<Source> {
  const raw = await readRaw(path);
  return sourceFromBytes(path, raw.bytes, raw.sha256);
}

export function sourceFromBytes(path: string, bytes: Buffer, sha256: string): Source {
  if (bytes.length === 0) throw new Error("empty file");
  const decoded = decode(bytes);
  const format = formatOf(path);
  const source: Source = {
    path,
    sha256,
    bytes: bytes.length,
    encoding: decoded.encoding,
    format,
    text: decoded.text,
    warnings: decoded.warning ? [decoded.warning] : [],
  };
  if (format === "html") {
    source.html = htmlToText(decoded.text);
    const [first] = source.html.errors;
    if (first) {
      source.warnings.push(`malformed HTML: ${source.html.errors.length} parse error(s), the first ${first.code} at character ${first.offset}; read as browsers would`);
    }
  }
  return source;
}
