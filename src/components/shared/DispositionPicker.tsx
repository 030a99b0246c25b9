import { useId } from "react";
import {
  type WatchlistDisposition,
  type WatchlistDispositions,
  watchlistDispositions,
} from "../../hooks/reviewFacts.js";
import type { StraddleMessages } from "../../messages/types.js";
import { Icon } from "./Icon.js";

const icons: Record<WatchlistDisposition, "check" | "minus" | "cross"> = {
  not_a_match: "check",
  possible_match: "minus",
  confirmed_match: "cross",
};

/**
 * "Not a match" / "Possible match" / "Confirmed match" for one watchlist hit, as a radio
 * group (arrow keys move between them). Shared by `<WatchlistMatches>` and the decision.
 */
export function DispositionPicker({
  value,
  onChange,
  legend,
  hideLegend = false,
  labels,
}: {
  value: WatchlistDisposition | undefined;
  onChange: (value: WatchlistDisposition) => void;
  legend: string;
  hideLegend?: boolean;
  labels: Pick<StraddleMessages["common"], "disposition">["disposition"];
}) {
  const name = useId();
  return (
    <fieldset className="sc-Disposition" data-value={value}>
      <legend className={hideLegend ? "sc-visually-hidden" : "sc-Disposition-legend"}>{legend}</legend>
      <div className="sc-Disposition-options">
        {watchlistDispositions.map((option) => (
          <label key={option} className="sc-Disposition-option" data-value={option}>
            <input
              type="radio"
              name={name}
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
            />
            <Icon name={icons[option]} />
            <span>{labels[option]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The disposition of one hit, own-property safe (hit keys are plain strings). */
export function dispositionOf(
  dispositions: WatchlistDispositions | null | undefined,
  key: string,
): WatchlistDisposition | undefined {
  return dispositions && Object.hasOwn(dispositions, key) ? dispositions[key] : undefined;
}
