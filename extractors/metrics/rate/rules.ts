import type { Rule } from "../rule.js";

export const rules: Rule[] = [
  {
    id: "rate.percentage",
    summary: "every percentage (85%, 百分之八十, 八成, and 入会率为88. whose sign got lost) is a rate",
    apply(ctx) {
      return ctx.q.unit === "percent" ? { metric: "rate", unit: "percent" } : undefined;
    },
  },
];
