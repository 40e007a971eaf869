import { decodeHTML } from "entities";
import { parse, type DefaultTreeAdapterMap } from "parse5";
import { stringFromUnits } from "./codepoints.js";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

/**
 * Text of an HTML page with, for every UTF-16 unit of that text, the span of markup
 * (UTF-16 units of the decoded page) it came from. Inserted line breaks have an empty span.
 */
export interface HtmlText {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
  /** Parse errors of the markup (a missing doctype is too common to count). */
  errors: Array<{ code: string; offset: number }>;
}

// Not part of a page's content: code, styling, and the site furniture around the article.
const SKIPPED = new Set([
  "head", "script", "style", "noscript", "template", "iframe", "svg", "canvas",
  "nav", "aside", "form", "button", "select", "textarea",
]);
// A page's header and footer are furniture; an article's own header holds its title.
const PAGE_PARTS = new Set(["header", "footer"]);
const CONTENT = new Set(["article", "main"]);

// Boundaries of these become line breaks, so sentences and headings stay apart.
const BLOCKS = new Set([
  "address", "article", "blockquote", "body", "br", "dd", "div", "dl", "dt", "figcaption",
  "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "pre",
  "section", "table", "tbody", "td", "th", "thead", "tr", "ul",
]);

// A class or id token naming furniture: nav, site-header, breadcrumb… but not article-header.
const FURNITURE = /^(?:(?:site|page|top|global|main)[-_])?(?:nav|navbar|menu|breadcrumbs?|crumbs?|footer|header|sidebar|related|recommend|share|comments?|copyright|ads?|advert|pager|pagination)$/i;

const ENTITY = /&(#[0-9]+|#x[0-9a-f]+|[a-z][a-z0-9]*);?/gi;

/**
 * The page is parsed as browsers parse it (parse5, the parser cheerio is built on, with its own
 * light tree: no DOM library's nodes and wrappers are made, since nothing here queries the
 * page), then its tree is walked once for the text.
 */
export function htmlToText(markup: string): HtmlText {
  const errors: HtmlText["errors"] = [];
  const document = parse(markup, {
    sourceCodeLocationInfo: true,
    onParseError: (e) => {
      if (e.code !== "missing-doctype") errors.push({ code: e.code, offset: e.startOffset });
    },
  });
  const out = new Builder(markup.length);

  const visit = (node: Node, inContent: boolean): void => {
    if (node.nodeName === "#text") {
      const loc = node.sourceCodeLocation;
      if (!loc) return;
      appendText(out, markup, (node as DefaultTreeAdapterMap["textNode"]).value, loc.startOffset, loc.endOffset);
      return;
    }
    // Comments and the doctype carry no text.
    if (node.nodeName !== "#document" && !("tagName" in node)) return;
    const el = "tagName" in node ? node : undefined;
    const name = el?.tagName.toLowerCase();
    if (name && SKIPPED.has(name)) return;
    if (name && PAGE_PARTS.has(name) && !inContent) return;
    if (el && isFurniture(el)) return;
    const block = name !== undefined && BLOCKS.has(name);
    const at = el?.sourceCodeLocation?.startOffset ?? 0;
    if (block) out.breakLine(at);
    const content = inContent || (name !== undefined && CONTENT.has(name));
    for (const child of (node as DefaultTreeAdapterMap["parentNode"]).childNodes) visit(child, content);
    if (block) out.breakLine(el?.sourceCodeLocation?.endOffset ?? at);
  };
  visit(document, false);
  return { ...out.finish(), errors };
}

function attribute(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

function isFurniture(el: Element): boolean {
  const tokens = `${attribute(el, "class") ?? ""} ${attribute(el, "id") ?? ""}`.split(/\s+/).filter(Boolean);
  const role = attribute(el, "role");
  return tokens.some((t) => FURNITURE.test(t)) || role === "navigation" || role === "banner" || role === "contentinfo";
}

/**
 * Appends one text node. Where the markup spells an entity (&nbsp; &#20010;) the decoded
 * character maps to the whole entity. White space runs fold to one space, as a browser shows.
 * Works unit by unit without objects per character: pages are mostly text, and this ran for
 * every character of the archive.
 */
function appendText(out: Builder, markup: string, data: string, from: number, to: number): void {
  const raw = markup.slice(from, to);
  if (!raw.includes("&")) {
    if (raw !== data) return mapToNode(out, data, from, to);
    for (let k = 0; k < raw.length; k++) out.unit(raw.charCodeAt(k), from + k, from + k + 1);
    return;
  }
  // Entities: decode them first and check that the parser read the node the same way.
  const parts: Array<string | { text: string; at: number; length: number }> = [];
  let decoded = "";
  let last = 0;
  for (const m of raw.matchAll(ENTITY)) {
    const i = m.index ?? 0;
    if (i > last) parts.push(raw.slice(last, i));
    const text = decodeHTML(m[0]);
    parts.push({ text, at: i, length: m[0].length });
    decoded += raw.slice(last, i) + text;
    last = i + m[0].length;
  }
  if (last < raw.length) parts.push(raw.slice(last));
  decoded += raw.slice(last);
  if (decoded !== data) return mapToNode(out, data, from, to);
  let k = 0;
  for (const part of parts) {
    if (typeof part === "string") {
      for (let u = 0; u < part.length; u++, k++) out.unit(part.charCodeAt(u), from + k, from + k + 1);
    } else {
      for (let u = 0; u < part.text.length; u++) out.unit(part.text.charCodeAt(u), from + part.at, from + part.at + part.length);
      k += part.length;
    }
  }
}

/** The parser read the node differently from our entity scan: every unit maps to the node. */
function mapToNode(out: Builder, data: string, from: number, to: number): void {
  for (let u = 0; u < data.length; u++) out.unit(data.charCodeAt(u), from, to);
}

/** What \s matches, by code unit (all of it is in the BMP). */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const SPACE = 0x20;
const NEWLINE = 0x0a;

/** The text and its maps, in typed arrays grown by doubling: a page is mostly text. */
class Builder {
  private units: Uint16Array;
  private starts: Int32Array;
  private ends: Int32Array;
  private length = 0;

  constructor(markupLength: number) {
    // A page's text is shorter than its markup; a large page grows the arrays as it needs.
    const size = Math.max(16, Math.min(markupLength, 1 << 20));
    this.units = new Uint16Array(size);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
  }

  /** One UTF-16 unit of text; white space folds into a single space. */
  unit(c: number, start: number, end: number): void {
    if (!isSpace(c)) return this.push(c, start, end);
    const prev = this.last();
    if (prev === undefined || prev === SPACE || prev === NEWLINE) return;
    this.push(SPACE, start, end);
  }

  breakLine(at: number): void {
    while (this.last() === SPACE) this.length--;
    const prev = this.last();
    if (prev === undefined || prev === NEWLINE) return;
    this.push(NEWLINE, at, at);
  }

  private last(): number | undefined {
    return this.length > 0 ? this.units[this.length - 1] : undefined;
  }

  private push(c: number, start: number, end: number): void {
    if (this.length === this.units.length) this.grow();
    this.units[this.length] = c;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  private grow(): void {
    const size = this.units.length * 2;
    const units = new Uint16Array(size);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    units.set(this.units);
    starts.set(this.starts);
    ends.set(this.ends);
    [this.units, this.starts, this.ends] = [units, starts, ends];
  }

  finish(): Omit<HtmlText, "errors"> {
    while (this.last() === NEWLINE || this.last() === SPACE) this.length--;
    return {
      text: stringFromUnits(this.units, this.length),
      starts: this.starts.slice(0, this.length),
      ends: this.ends.slice(0, this.length),
    };
  }
}
