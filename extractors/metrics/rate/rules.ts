import { RATE_WORDS } from "../../../dictionaries/cues/index.js";
import { endsWithAny } from "../../context.js";
import type { Rule } from "../rule.js";

export const rules: Rule[] = [
  {
    id: "rate.percentage",
    summary: "every percentage (85%, 百分之八十, 八成) is a rate",
    apply(ctx) {
      return ctx.q.unit === "percent" ? { metric: "rate", unit: "percent" } : undefined;
    },
  },
  {
    id: "rate.lost-percent-sign",
    summary: "a bare figure after 率为/率达 whose % sign got lost (入会率为88.。, 覆盖率为100,) is a rate",
    apply(ctx) {
      const q = ctx.q;
      if (q.unit !== null || q.value === null || q.value > 100 || q.script !== "arabic") return undefined;
      if (!endsWithAny(ctx.left, RATE_WORDS)) return undefined;
      // The figure must end its clause: 率为88.。 or 率为100, (not 率为88个).
      return /^[.．]?$/.test(ctx.right.trim()) ? { metric: "rate", unit: "percent" } : undefined;
    },
  },
];
