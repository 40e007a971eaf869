import fc from "fast-check";
import Nzh from "nzh";
import { describe, expect, it } from "vitest";
import { parseChineseNumeral, scanQuantities } from "../extractors/index.js";

const integer = fc.integer({ min: 0, max: 10 ** 12 });

describe("Chinese numerals written by nzh parse back to their value", () => {
  it("in ordinary characters (一千二百三十四万五千)", () => {
    fc.assert(fc.property(integer, (n) => parseChineseNumeral(Nzh.cn.encodeS(n)) === n), { numRuns: 3000 });
  });

  it("in financial characters (壹仟贰佰叁拾肆万伍仟)", () => {
    fc.assert(fc.property(integer, (n) => parseChineseNumeral(Nzh.cn.encodeB(n)) === n), { numRuns: 3000 });
  });

  it("in traditional financial characters (壹萬貳仟)", () => {
    fc.assert(fc.property(integer, (n) => parseChineseNumeral(Nzh.hk.encodeB(n)) === n), { numRuns: 1000 });
  });
});

// Text that can stand next to a figure without being part of it: no numerals, grains,
// qualifiers, units, ordinals or redaction marks.
const SAFE = [..."工会职工发展帮扶活动的和与在开展组织服务建设推进,。;、:“”"];
const around = fc.array(fc.constantFrom(...SAFE), { maxLength: 12 }).map((cs) => cs.join(""));

describe("text around a figure changes neither its value nor its span", () => {
  const check = (figure: string, value: number) =>
    fc.property(around, around, (before, after) => {
      const text = before + figure + after;
      const found = scanQuantities(text).filter((q) => q.start === before.length);
      return found.length === 1 && found[0]!.end === before.length + figure.length && found[0]!.value === value;
    });

  it("for Arabic figures with a unit", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 10 ** 9 }), (n) => {
      fc.assert(check(`${n}人`, n), { numRuns: 5 });
      return true;
    }), { numRuns: 300 });
  });

  it("for Chinese figures with a unit", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 10 ** 9 }), (n) => {
      fc.assert(check(`${Nzh.cn.encodeS(n)}个`, n), { numRuns: 5 });
      return true;
    }), { numRuns: 300 });
  });

  it("for money in 万元", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 99999 }), fc.integer({ min: 0, max: 9 }), (a, b) => {
      fc.assert(check(`${a}.${b}万元`, a * 10000 + b * 1000), { numRuns: 5 });
      return true;
    }), { numRuns: 300 });
  });
});
