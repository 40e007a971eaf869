import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { htmlToText, sliceCodePoints } from "../corpus/index.js";
import { cleanView } from "../pipeline/clean.js";
import { normaliseView } from "../pipeline/script.js";
import { TextView } from "../pipeline/views.js";

/** The source text a view span stands for. */
function sourceOf(view: TextView, source: string, start: number, end: number): string {
  const s = view.toSource(start, end);
  return sliceCodePoints(source, s.start, s.end);
}

describe("TextView", () => {
  it("maps the source onto itself", () => {
    const v = TextView.of("发展会员3185人");
    expect(v.toSource(4, 9)).toEqual({ start: 4, end: 9 });
  });

  it("counts code points, not UTF-16 units, past astral characters", () => {
    const source = "𠀋工会发展会员12人";
    const v = TextView.of(source);
    const at = v.text.indexOf("12人");
    expect(at).toBe(8); // the astral character takes two UTF-16 units
    expect(v.toSource(at, at + 3)).toEqual({ start: 7, end: 10 });
    expect(sourceOf(v, source, at, at + 3)).toBe("12人");
  });

  it("keeps spans through removals", () => {
    const source = "首页 > 总结 > 工会\n慰问困难职工38名";
    const v = cleanView(TextView.of(source));
    expect(v.text).toBe("慰问困难职工38名");
    expect(sourceOf(v, source, 6, 9)).toBe("38名");
  });

  it("maps replacements of other lengths to the whole replaced span", () => {
    const source = "捐款ABC元";
    const v = TextView.of(source).edit([{ start: 2, end: 5, text: "1" }]);
    expect(v.text).toBe("捐款1元");
    expect(sourceOf(v, source, 2, 4)).toBe("ABC元");
  });

  it("converts traditional characters one by one, offsets unchanged", () => {
    const source = "新發展會員2716人,發放慰問金3.5萬元";
    const v = normaliseView(TextView.of(source));
    expect(v.text).toBe("新发展会员2716人,发放慰问金3.5万元");
    const at = v.text.indexOf("3.5万元");
    expect(sourceOf(v, source, at, at + 5)).toBe("3.5萬元");
  });

  it("folds full-width digits and punctuation", () => {
    const source = "入会率达８５％，";
    const v = normaliseView(TextView.of(source));
    expect(v.text).toBe("入会率达85%,");
    expect(sourceOf(v, source, 4, 7)).toBe("８５％");
  });

  it("edits map every unit as a unit-by-unit rewrite of the maps would (typed maps filled by runs)", () => {
    // Reference: the map of each unit of the result, built one unit at a time.
    const reference = (view: TextView, edits: Array<{ start: number; end: number; text: string }>) => {
      const map: Array<[number, number]> = [];
      const unit = (i: number) => {
        const s = view.toSource(i, i + 1);
        return [s.start, s.end] as [number, number];
      };
      let at = 0;
      for (const e of edits) {
        for (let i = at; i < e.start; i++) map.push(unit(i));
        if (e.text.length === e.end - e.start) for (let i = e.start; i < e.end; i++) map.push(unit(i));
        else for (let k = 0; k < e.text.length; k++) map.push([view.toSource(e.start, e.end).start, view.toSource(e.start, e.end).end]);
        at = e.end;
      }
      for (let i = at; i < view.length; i++) map.push(unit(i));
      return map;
    };
    const cases = fc.string({ unit: fc.constantFrom(..."工会发展會員12,。\n𠀋"), minLength: 1, maxLength: 30 }).chain((text) =>
      fc.tuple(
        fc.constant(text),
        fc.uniqueArray(fc.integer({ min: 0, max: text.length }), { maxLength: 8 }).chain((cuts) => {
          const at = [...cuts].sort((a, b) => a - b);
          const spans = [];
          for (let k = 0; k + 1 < at.length; k += 2) spans.push({ start: at[k] as number, end: at[k + 1] as number });
          return fc.tuple(...spans.map((s) => fc.constantFrom("", "x", "yz", "abc").map((t) => ({ ...s, text: t }))));
        }),
      ));
    fc.assert(fc.property(cases, ([text, edits]) => {
      const view = TextView.of(text).slice(0, text.length);
      const edited = view.edit(edits);
      const map = Array.from({ length: edited.length }, (_, i) => {
        const s = edited.toSource(i, i + 1);
        return [s.start, s.end];
      });
      expect(map).toEqual(reference(view, edits));
    }));
  });

  it("rewrites units one for one with the maps kept, and nothing else", () => {
    const v = TextView.of("發放3萬元").slice(1, 5);
    const w = v.withUnits("放3万元");
    expect(w.toSource(2, 4)).toEqual(v.toSource(2, 4));
    expect(() => v.withUnits("放3万")).toThrow(RangeError);
  });

  it("slices keep their map", () => {
    const source = "标题\n正文新建工会8家";
    const v = TextView.of(source).slice(3, source.length);
    expect(v.text).toBe("正文新建工会8家");
    expect(sourceOf(v, source, 6, 8)).toBe("8家");
  });
});

describe("HTML text", () => {
  const markup = `<html><head><title>T</title><style>p{}</style></head><body>
<div class="nav">首页 &gt; 总结</div><p>发放&nbsp;资金15&#19975;元</p><p>慰问<b>职工</b>40户</p>
<script>var x = "捐款99元";</script><footer>版权所有</footer></body></html>`;

  it("drops scripts, styles, navigation and footers, and breaks lines at blocks", () => {
    const t = htmlToText(markup);
    expect(t.text).toBe("发放 资金15万元\n慰问职工40户");
  });

  it("keeps an article's own header and headings, but not the page's", () => {
    const page = `<body><header class="site-header">范文网</header><article><header class="article-header">
<h1>镇工会2020年工作总结</h1></header><p>新建工会5个。</p></article><footer>版权</footer></body>`;
    expect(htmlToText(page).text).toBe("镇工会2020年工作总结\n新建工会5个。");
  });

  it("maps each character to the markup it came from, entities included", () => {
    const t = htmlToText(markup);
    const v = TextView.ofHtml(markup, t);
    const at = v.text.indexOf("15万元");
    expect(sourceOf(v, markup, at, at + 4)).toBe("15&#19975;元");
    const hh = v.text.indexOf("40户");
    expect(sourceOf(v, markup, hh, hh + 3)).toBe("40户");
  });

  it("reads a malformed page as a browser does, and says where the parser found it broken", () => {
    const page = "<title>站名</title><p>新建工会<b>7个</p></div><p>会员300人<table><tr><td>帮扶<td>42户</table><!-- x";
    const t = htmlToText(page);
    // The title goes to the head the browser makes; paragraphs and cells close where a browser closes them.
    expect(t.text).toBe("新建工会7个\n会员300人\n帮扶\n42户");
    expect(t.errors).toEqual([{ code: "eof-in-comment", offset: page.length }]);
    const v = TextView.ofHtml(page, t);
    expect(sourceOf(v, page, t.text.indexOf("42户"), t.text.indexOf("42户") + 3)).toBe("42户");
  });
});
