import type { DispositionSummary } from "../../hooks/reviewFacts.js";
import { format } from "../../messages/merge.js";
import type { StraddleMessages } from "../../messages/types.js";
import type { Formatters } from "./useFormat.js";

/** "2 of 3 hits cleared · 1 confirmed": how far the hits were judged. */
export function dispositionSummaryText(
  common: Pick<
    StraddleMessages["common"],
    "dispositionSummary" | "dispositionConfirmed" | "dispositionPossible"
  >,
  judged: DispositionSummary,
  f: Formatters,
): string {
  const forms = common.dispositionSummary;
  const main = format(
    new Intl.PluralRules(f.locale).select(judged.total) === "one" ? forms.one : forms.other,
    {
      cleared: f.number(judged.cleared, 0),
      count: f.number(judged.total, 0),
    },
  );
  const extra = [
    judged.confirmed > 0
      ? format(common.dispositionConfirmed, { count: f.number(judged.confirmed, 0) })
      : null,
    judged.possible > 0 ? format(common.dispositionPossible, { count: f.number(judged.possible, 0) }) : null,
  ].filter(Boolean);
  return [main, ...extra].join(" · ");
}
