import * as cheerio from "cheerio";
import { decodeHTML } from "entities";
import type { AnyNode, Element } from "domhandler";

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

export function htmlToText(markup: string): HtmlText {
  const errors: HtmlText["errors"] = [];
  const $ = cheerio.load(markup, {
    sourceCodeLocationInfo: true,
    onParseError: (e: { code: string; startOffset: number }) => {
      if (e.code !== "missing-doctype") errors.push({ code: e.code, offset: e.startOffset });
    },
  } as Parameters<typeof cheerio.load>[1]);
  const out = new Builder();

  const visit = (node: AnyNode, inContent: boolean): void => {
    if (node.type === "text") {
      const loc = node.sourceCodeLocation;
      if (!loc) return;
      appendText(out, markup, node.data, loc.startOffset, loc.endOffset);
      return;
    }
    // script and style elements have types of their own; comments and directives carry no text.
    if (node.type !== "tag" && node.type !== "root") return;
    const el = node as Element;
    const name = el.name?.toLowerCase();
    if (name && SKIPPED.has(name)) return;
    if (name && PAGE_PARTS.has(name) && !inContent) return;
    if (name && isFurniture(el)) return;
    const block = name !== undefined && BLOCKS.has(name);
    const at = el.sourceCodeLocation?.startOffset ?? 0;
    if (block) out.breakLine(at);
    const content = inContent || (name !== undefined && CONTENT.has(name));
    for (const child of el.children ?? []) visit(child, content);
    if (block) out.breakLine(el.sourceCodeLocation?.endOffset ?? at);
  };
  visit($.root()[0] as AnyNode, false);
  return { ...out.finish(), errors };
}

function isFurniture(el: Element): boolean {
  const attrs = el.attribs ?? {};
  const tokens = `${attrs.class ?? ""} ${attrs.id ?? ""}`.split(/\s+/).filter(Boolean);
  return tokens.some((t) => FURNITURE.test(t)) || attrs.role === "navigation" || attrs.role === "banner" || attrs.role === "contentinfo";
}

/**
 * Appends one text node. Where the markup spells an entity (&nbsp; &#20010;) the decoded
 * character maps to the whole entity. White space runs fold to one space, as a browser shows.
 */
function appendText(out: Builder, markup: string, data: string, from: number, to: number): void {
  const raw = markup.slice(from, to);
  const pieces: Array<{ text: string; start: number; end: number }> = [];
  let last = 0;
  for (const m of raw.matchAll(ENTITY)) {
    const i = m.index ?? 0;
    for (let k = last; k < i; k++) pieces.push({ text: raw[k] ?? "", start: from + k, end: from + k + 1 });
    pieces.push({ text: decodeHTML(m[0]), start: from + i, end: from + i + m[0].length });
    last = i + m[0].length;
  }
  for (let k = last; k < raw.length; k++) pieces.push({ text: raw[k] ?? "", start: from + k, end: from + k + 1 });

  if (pieces.map((p) => p.text).join("") !== data) {
    // The parser read the node differently from our entity scan: map every char to the node.
    for (const ch of data) out.push(ch, from, to);
    return;
  }
  for (const p of pieces) {
    for (const ch of p.text) {
      if (/\s/.test(ch)) out.space(p.start, p.end);
      else out.push(ch, p.start, p.end);
    }
  }
}

class Builder {
  private text: string[] = [];
  private starts: number[] = [];
  private ends: number[] = [];

  push(ch: string, start: number, end: number): void {
    for (let i = 0; i < ch.length; i++) {
      this.text.push(ch[i] ?? "");
      this.starts.push(start);
      this.ends.push(end);
    }
  }

  space(start: number, end: number): void {
    const prev = this.text[this.text.length - 1];
    if (prev === undefined || prev === " " || prev === "\n") return;
    this.push(" ", start, end);
  }

  breakLine(at: number): void {
    while (this.text[this.text.length - 1] === " ") this.pop();
    const prev = this.text[this.text.length - 1];
    if (prev === undefined || prev === "\n") return;
    this.push("\n", at, at);
  }

  private pop(): void {
    this.text.pop();
    this.starts.pop();
    this.ends.pop();
  }

  finish(): Omit<HtmlText, "errors"> {
    while (this.text[this.text.length - 1] === "\n" || this.text[this.text.length - 1] === " ") this.pop();
    return { text: this.text.join(""), starts: Int32Array.from(this.starts), ends: Int32Array.from(this.ends) };
  }
}
