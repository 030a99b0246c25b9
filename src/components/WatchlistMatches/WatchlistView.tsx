import { useId, useMemo } from "react";
import type { StraddleError } from "../../api/errors.js";
import type { Customer } from "../../api/schemas/customer.js";
import type { WatchList } from "../../api/schemas/review.js";
import {
  summarizeDispositions,
  type WatchlistDisposition,
  type WatchlistDispositions,
  watchlistHits,
  watchlistMatchCount,
} from "../../hooks/reviewFacts.js";
import { Badge } from "../shared/Badge.js";
import { cx } from "../shared/cx.js";
import { dispositionOf } from "../shared/DispositionPicker.js";
import { dispositionSummaryText } from "../shared/dispositionText.js";
import { ErrorState } from "../shared/ErrorState.js";
import { accessErrorOf } from "../shared/errorText.js";
import { InvalidData } from "../shared/InvalidData.js";
import { decisionLabel, plural } from "../shared/labels.js";
import { CodeList, Heading } from "../shared/reviewParts.js";
import { ShowAllButton, useCapped } from "../shared/ShowAll.js";
import { Skeleton } from "../shared/Skeleton.js";
import { StateMessage } from "../shared/StateMessage.js";
import { useControllableState } from "../shared/useControllableState.js";
import { useFormat } from "../shared/useFormat.js";
import { useMessages, watchlistSections } from "../shared/useMessages.js";
import { MatchItem, w } from "./MatchItem.js";
import type { WatchlistMatchesBaseProps } from "./WatchlistMatches.js";

const noDispositions: WatchlistDispositions = {};

export type ViewState = "loading" | "error" | "pending" | "ready";

/** Every state of the component, in both modes. */
export function WatchlistView({
  state,
  watchList,
  codeMessages,
  customer,
  error,
  invalidPaths,
  onRetry,
  options,
}: {
  state: ViewState;
  customer?: Customer | undefined;
  /** Direct-data mode: where the given props failed the schema. */
  invalidPaths?: readonly string[];
  watchList?: WatchList | undefined;
  codeMessages?: Record<string, string> | null | undefined;
  error?: StraddleError | null;
  onRetry?: () => void;
  options: WatchlistMatchesBaseProps;
}) {
  const m = useMessages(watchlistSections);
  const t = m.watchlist;
  const f = useFormat();
  const titleId = useId();
  const listId = useId();
  const level = options.headingLevel ?? 2;
  const collapseAfter = Math.max(1, options.collapseAfter ?? 5);
  const hits = useMemo(() => watchlistHits(watchList), [watchList]);
  const capped = useCapped(hits, collapseAfter);
  const [dispositions, setDispositions] = useControllableState<
    WatchlistDispositions,
    [{ key: string; disposition: WatchlistDisposition }]
  >(options.dispositions, noDispositions, options.onDispositionChange);
  const judge = (key: string, disposition: WatchlistDisposition) =>
    setDispositions({ ...dispositions, [key]: disposition }, { key, disposition });
  const judged = summarizeDispositions(hits, dispositions);
  const count = watchlistMatchCount(watchList);
  const decision = watchList?.decision ?? undefined;
  const matched = useCapped([
    ...new Set((watchList?.matched ?? []).filter((name) => typeof name === "string" && name)),
  ]);

  const root = {
    className: cx("sc-root", w, options.className),
    "data-sc-unstyled": options.unstyled || undefined,
    "aria-labelledby": titleId,
    "aria-busy": state === "loading" || undefined,
    "data-state": state,
    "data-density": options.density ?? "comfortable",
    "data-decision": decision,
    "data-count": state === "ready" ? count : undefined,
  };
  const title = (
    <Heading level={level} id={titleId} className={`${w}-title`}>
      {t.title}
    </Heading>
  );

  if (state === "loading") {
    return (
      <section {...root}>
        <div className={`sc-Row ${w}-head`}>
          {title}
          <Skeleton width="5em" height="20px" />
        </div>
        <div className={`${w}-summary`}>
          <Skeleton width="12em" />
          <Skeleton width="8em" />
        </div>
        <div className={`${w}-table`} aria-hidden="true">
          <ul className={`${w}-matches`}>
            {[0, 1, 2].map((row) => (
              <li key={row} className={`${w}-match`} data-skeleton="">
                <Skeleton className={`${w}-listName`} width="14em" />
                <div className={`${w}-matchFields`}>
                  <Skeleton width="9em" />
                  <Skeleton width="6em" />
                  <Skeleton width="10em" />
                </div>
              </li>
            ))}
          </ul>
        </div>
        <p className="sc-visually-hidden" role="status">
          {t.loading}
        </p>
      </section>
    );
  }

  if (state === "error" || state === "pending") {
    return (
      <section {...root} data-error={accessErrorOf(error)}>
        <div className={`sc-Row ${w}-head`}>{title}</div>
        {state === "error" ? (
          <ErrorState title={t.errorTitle} detail={t.errorDetail} error={error} onRetry={onRetry} access={t}>
            {invalidPaths ? <InvalidData paths={invalidPaths} /> : undefined}
          </ErrorState>
        ) : (
          <StateMessage kind="info" title={t.notScreened}>
            {t.pendingDetail}
          </StateMessage>
        )}
      </section>
    );
  }

  return (
    <section {...root}>
      <div className={`sc-Row ${w}-head`}>
        {title}
        {watchList ? (
          <Badge value={decision} size="sm">
            {decisionLabel(m, decision)}
          </Badge>
        ) : null}
        <span className={`${w}-count`}>{plural(f.locale, count, t.matchTotal, f.number(count, 0))}</span>
        {hits.length > 0 ? (
          <span className={`${w}-judged`} data-undecided={judged.undecided}>
            {dispositionSummaryText(m.common, judged, f)}
          </span>
        ) : null}
      </div>
      {watchList && (matched.total > 0 || watchList.codes) ? (
        <dl className={`${w}-summary`}>
          {matched.total > 0 ? (
            <div className={`${w}-summaryItem`} data-item="matched">
              <dt>{t.matchedLists}</dt>
              <dd>
                <ul className={`${w}-matched`}>
                  {matched.shown.map((name) => (
                    <li key={name}>{name}</li>
                  ))}
                </ul>
                <ShowAllButton list={matched} />
              </dd>
            </div>
          ) : null}
          <div className={`${w}-summaryItem`} data-item="codes">
            <dt>{t.codes}</dt>
            <dd>
              <CodeList codes={watchList.codes ?? null} messages={codeMessages} />
            </dd>
          </div>
        </dl>
      ) : null}
      {hits.length === 0 ? (
        <StateMessage kind="empty" title={t.empty}>
          {watchList ? t.emptyDetail : null}
        </StateMessage>
      ) : (
        <div className={`${w}-table`}>
          <ul className={`${w}-matches`} id={listId} aria-label={t.matchesHeading}>
            {capped.shown.map((hit) => (
              <MatchItem
                key={hit.key}
                hit={hit}
                customer={customer}
                disposition={dispositionOf(dispositions, hit.key)}
                onJudge={(disposition) => judge(hit.key, disposition)}
                headingLevel={level + 1}
                f={f}
              />
            ))}
          </ul>
          <ShowAllButton list={capped} controls={listId} className={`${w}-toggle`} />
        </div>
      )}
    </section>
  );
}
