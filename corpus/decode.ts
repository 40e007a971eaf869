import chardet from "chardet";
import iconv from "iconv-lite";

export interface Decoded {
  text: string;
  encoding: string;
  /** Set when bytes could not be decoded and were replaced by U+FFFD. */
  warning?: string;
}

const BOMS: Array<{ bytes: number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: "utf-8" },
  { bytes: [0xff, 0xfe], encoding: "utf-16le" },
  { bytes: [0xfe, 0xff], encoding: "utf-16be" },
];

// chardet names the family; Windows writes its superset, so decode with that. Short GBK
// files are sometimes taken for Latin-1; in an archive of Chinese reports GB18030 is the
// likelier reading, and decoding reports any bytes it cannot place.
const SUPERSETS: Record<string, string> = {
  "gb2312": "gb18030",
  "gbk": "gb18030",
  "gb18030": "gb18030",
  "big5": "cp950",
  "iso-8859-1": "gb18030",
};

/** Bytes that are not text in any encoding this tool reads. */
export class NotTextError extends Error {
  override name = "NotTextError";
}

// Text files have no NUL bytes (UTF-16 ones are recognised by their BOM before this check);
// images, archives and office files do, within their first kilobytes.
function looksBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, 8192).includes(0);
}

// Control characters no text has, and surrogates without their other half.
const NOT_TEXT = /[\u0000-\u0008\u000b\u000e-\u001f\ufffd]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * UTF-16 written without a byte-order mark: its NUL bytes are the high bytes of ASCII
 * characters (line breaks, digits), all on odd positions (little-endian) or all on even ones
 * (big-endian), and it decodes to text. Binary files have NULs on both.
 */
function utf16WithoutBom(bytes: Buffer): "utf-16le" | "utf-16be" | undefined {
  if (bytes.length % 2 !== 0) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = bytes.indexOf(0); i >= 0; i = bytes.indexOf(0, i + 1)) {
    if (i % 2 === 0) even++;
    else odd++;
  }
  const encoding = even === 0 && odd > 0 ? "utf-16le" : odd === 0 && even > 0 ? "utf-16be" : undefined;
  return encoding && !NOT_TEXT.test(iconv.decode(bytes, encoding)) ? encoding : undefined;
}

/**
 * Decides the encoding by BOM, then UTF-16 by its NUL bytes, then UTF-8 validity, then a
 * detector, and decodes. The BOM
 * is not part of the text: offsets count from the first character after it.
 */
export function decode(bytes: Buffer): Decoded {
  for (const bom of BOMS) {
    if (bom.bytes.every((b, i) => bytes[i] === b)) {
      const body = bytes.subarray(bom.bytes.length);
      return finish(iconv.decode(body, bom.encoding), bom.encoding + "-bom");
    }
  }
  const wide = utf16WithoutBom(bytes);
  if (wide) return finish(iconv.decode(bytes, wide), wide);
  if (looksBinary(bytes)) throw new NotTextError("not a text file (binary content: NUL bytes)");
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    // Not valid UTF-8. A file that is UTF-8 but for some damaged bytes (a cut-off download, a
    // bad copy) stays UTF-8, with the damage replaced and reported, however short it is.
    const lenient = new TextDecoder("utf-8").decode(bytes);
    if (mostlyUtf8(lenient)) return finish(lenient, "utf-8");
  }
  const guess = (chardet.detect(bytes) ?? "gb18030").toLowerCase();
  const encoding = SUPERSETS[guess] ?? (iconv.encodingExists(guess) ? guess : "gb18030");
  return finish(iconv.decode(bytes, encoding), encoding);
}

/**
 * Whether text decoded leniently as UTF-8 was UTF-8 with some damage rather than another
 * encoding: at least nine in ten of its non-ASCII characters decoded. Chinese in GB18030 or
 * Big5 read as UTF-8 leaves three in four or more as replacements (each of the seed and web
 * files), while damage replaces a handful. ASCII is left out of the count: in a GBK page the
 * markup would make any share of Chinese look small.
 */
function mostlyUtf8(lenient: string): boolean {
  let bad = 0;
  let good = 0;
  for (let i = 0; i < lenient.length; i++) {
    const c = lenient.charCodeAt(i);
    if (c === 0xfffd) bad++;
    else if (c > 0x7f && (c < 0xdc00 || c > 0xdfff)) good++;
  }
  return bad * 9 <= good;
}

function finish(text: string, encoding: string): Decoded {
  const bad = countReplacements(text);
  return bad > 0
    ? { text, encoding, warning: `${bad} byte sequence(s) could not be decoded as ${encoding} and were replaced by U+FFFD` }
    : { text, encoding };
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\uFFFD"); i >= 0; i = text.indexOf("\uFFFD", i + 1)) n++;
  return n;
}
