import { useId, useMemo, useState } from "react";
import * as z from "zod/mini";
import type { StraddleError } from "../api/errors.js";
import { type WatchList, type WatchListMatch, WatchListSchema } from "../api/schemas/review.js";
import { useCustomerReview } from "../hooks/useCustomerReview.js";
import { useValidated } from "../hooks/useValidated.js";
import { format } from "../messages/merge.js";
import { cx } from "./cx.js";
import { Badge } from "./parts/Badge.js";
import { CodeChip } from "./parts/CodeChip.js";
import { ComponentBoundary } from "./parts/ErrorBoundary.js";
import { Icon } from "./parts/Icon.js";
import { InvalidData } from "./parts/InvalidData.js";
import { ShowAllButton, useCapped } from "./parts/ShowAll.js";
import { Skeleton } from "./parts/Skeleton.js";
import { StateMessage } from "./parts/StateMessage.js";
import { decisionLabel, plural } from "./review/labels.js";
import { CodeList, CorrelationTag, correlationRank, Heading } from "./review/parts.js";
import { inertText, safeUrl } from "./safeUrl.js";
import { type Formatters, useFormat } from "./useFormat.js";
import { useMessages, watchlistSections } from "./useMessages.js";

interface WatchlistMatchesBaseProps {
  /** Level of the title; each match's list name takes the next level. Defaults to `2`. */
  headingLevel?: 1 | 2 | 3 | 4;
  /** `"compact"` suits side panels: one column, tighter spacing. Defaults to `"comfortable"`. */
  density?: "comfortable" | "compact" | undefined;
  /** Matches shown before a "Show all" button; the strongest correlations come first. Defaults to `5`. */
  collapseAfter?: number;
  /** Added to the root element's class names. */
  className?: string;
  /**
   * Leaves this component out of the library stylesheet (for hosts with their own design
   * system): markup, class names and `data-*` attributes stay, no rule of ours applies.
   */
  unstyled?: boolean | undefined;
}

/** Fetches the customer's review through `useCustomerReview` (shared with the panel's request). */
export interface WatchlistMatchesFetchProps extends WatchlistMatchesBaseProps {
  customerId: string;
  watchList?: never;
  codeMessages?: never;
}

/** Shows `identity_details.watch_list` the host already has; needs no provider. */
export interface WatchlistMatchesDataProps extends WatchlistMatchesBaseProps {
  watchList: WatchList | null | undefined;
  /** The review's `messages` (code → text), to explain the result codes. */
  codeMessages?: Record<string, string> | null | undefined;
  customerId?: never;
}

export type WatchlistMatchesProps = WatchlistMatchesFetchProps | WatchlistMatchesDataProps;

/**
 * The watchlist screening of a customer: decision, match count, the lists matched and the
 * result codes, then each match with its list, correlation, matched fields and sources.
 * Source URLs are untrusted: only `http(s)` ones become links (see `safeUrl`); the rest
 * are shown as inert text.
 *
 * Root state: `data-state` (`loading | error | pending | ready`), `data-density`,
 * `data-decision`, `data-count`.
 *
 * @example
 * <WatchlistMatches customerId={id} />
 * <WatchlistMatches watchList={review.identity_details?.watch_list} codeMessages={review.identity_details?.messages} />
 */
export function WatchlistMatches(props: WatchlistMatchesProps) {
  return (
    <ComponentBoundary
      name="WatchlistMatches"
      className={props.className}
      unstyled={props.unstyled}
      resetKey={props.customerId ?? props.watchList}
    >
      {props.customerId !== undefined ? <ConnectedWatchlist {...props} /> : <DataWatchlist {...props} />}
    </ComponentBoundary>
  );
}

// The fetch path's schemas, for data the host hands over directly.
const DataPropsSchema = z.object({
  watchList: z.nullish(WatchListSchema),
  codeMessages: z.nullish(z.record(z.string(), z.string())),
});

function DataWatchlist({ watchList, codeMessages, ...options }: WatchlistMatchesDataProps) {
  const given = useMemo(() => ({ watchList, codeMessages }), [watchList, codeMessages]);
  const checked = useValidated(DataPropsSchema, given);
  if (!checked.ok) return <WatchlistView state="error" invalidPaths={checked.paths} options={options} />;
  return (
    <WatchlistView
      state="ready"
      watchList={checked.value.watchList ?? undefined}
      codeMessages={checked.value.codeMessages}
      options={options}
    />
  );
}

/**
 * The watchlist inside `ReviewBreakdownPanel` (`watchlist="details"`): its data already passed
 * the review's schema and the panel's boundary, so it is not parsed a second time. Not public.
 */
export function CheckedWatchlistMatches({ watchList, codeMessages, ...options }: WatchlistMatchesDataProps) {
  return (
    <WatchlistView
      state="ready"
      watchList={watchList ?? undefined}
      codeMessages={codeMessages}
      options={options}
    />
  );
}

function ConnectedWatchlist({ customerId, ...options }: WatchlistMatchesFetchProps) {
  const result = useCustomerReview(customerId);
  if (result.status === "pending") return <WatchlistView state="loading" options={options} />;
  const details = result.review?.identity_details;
  if (!result.review) {
    return (
      <WatchlistView
        state="error"
        error={result.error}
        onRetry={() => void result.refetch()}
        options={options}
      />
    );
  }
  return (
    <WatchlistView
      state={details ? "ready" : "pending"}
      watchList={details?.watch_list ?? undefined}
      codeMessages={details?.messages}
      options={options}
    />
  );
}

type ViewState = "loading" | "error" | "pending" | "ready";
const w = "sc-WatchlistMatches";

function WatchlistView({
  state,
  watchList,
  codeMessages,
  error,
  invalidPaths,
  onRetry,
  options,
}: {
  state: ViewState;
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
  const [expanded, setExpanded] = useState(false);
  const level = options.headingLevel ?? 2;
  const collapseAfter = Math.max(1, options.collapseAfter ?? 5);
  const matches = sortMatches(watchList?.matches ?? []);
  const count = watchList?.matches?.length ?? watchList?.matched?.length ?? 0;
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
        <div className={`${w}-head`}>
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
      <section {...root}>
        <div className={`${w}-head`}>{title}</div>
        {state === "error" ? (
          <StateMessage kind="error" title={t.errorTitle} onRetry={onRetry} retryLabel={m.common.retry}>
            {invalidPaths ? <InvalidData paths={invalidPaths} /> : <p>{t.errorDetail}</p>}
            {error?.requestId ? (
              <p className="sc-mono">{format(m.common.requestId, { id: error.requestId })}</p>
            ) : null}
          </StateMessage>
        ) : (
          <StateMessage kind="info" title={t.notScreened}>
            {t.pendingDetail}
          </StateMessage>
        )}
      </section>
    );
  }

  const collapsible = matches.length > collapseAfter;
  const shown = collapsible && !expanded ? matches.slice(0, collapseAfter) : matches;

  return (
    <section {...root}>
      <div className={`${w}-head`}>
        {title}
        {watchList ? (
          <Badge value={decision} size="sm">
            {decisionLabel(m, decision)}
          </Badge>
        ) : null}
        <span className={`${w}-count`}>{plural(f.locale, count, t.matchTotal, f.number(count, 0))}</span>
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
      {matches.length === 0 ? (
        <StateMessage kind="empty" title={t.empty}>
          {watchList ? t.emptyDetail : null}
        </StateMessage>
      ) : (
        <div className={`${w}-table`}>
          <div className={`${w}-tableHead`} aria-hidden="true">
            <span>{t.columns.list}</span>
            <span>{t.columns.correlation}</span>
            <span>{t.columns.fields}</span>
            <span>{t.columns.sources}</span>
          </div>
          <ul className={`${w}-matches`} id={listId} aria-label={t.matchesHeading}>
            {shown.map((match, index) => (
              // Matches have no id; their position after sorting is stable for a given screening.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <MatchItem key={index} match={match} headingLevel={level + 1} f={f} />
            ))}
          </ul>
          {collapsible ? (
            <button
              type="button"
              className={`sc-Button ${w}-toggle`}
              data-variant="ghost"
              aria-expanded={expanded}
              aria-controls={listId}
              onClick={() => setExpanded((open) => !open)}
            >
              {expanded
                ? m.common.showFewer
                : format(m.common.showAll, { count: f.number(matches.length, 0) })}
            </button>
          ) : null}
        </div>
      )}
    </section>
  );
}

/** Strongest correlation first; equal ones keep the API's order. */
function sortMatches(matches: readonly (WatchListMatch | null | undefined)[]): WatchListMatch[] {
  return matches
    .filter((match): match is WatchListMatch => Boolean(match) && typeof match === "object")
    .map((match, index) => ({ match, index, rank: correlationRank(match.correlation) }))
    .sort((a, b) => b.rank - a.rank || a.index - b.index)
    .map(({ match }) => match);
}

function MatchItem({
  match,
  headingLevel,
  f,
}: {
  match: WatchListMatch;
  headingLevel: number;
  f: Formatters;
}) {
  const m = useMessages(watchlistSections);
  const t = m.watchlist;
  const fields = useCapped(
    (match.match_fields ?? []).filter((field) => typeof field === "string" && field !== ""),
  );
  const urls = useCapped((match.urls ?? []).filter((url) => typeof url === "string"));
  return (
    <li className={`${w}-match`} data-correlation={match.correlation ?? undefined}>
      <Heading level={headingLevel} className={`${w}-listName`}>
        {match.list_name || t.unnamedList}
      </Heading>
      <dl className={`${w}-matchFields`}>
        <div className={`${w}-field`} data-field="correlation">
          <dt>{t.columns.correlation}</dt>
          <dd>
            <CorrelationTag value={match.correlation} f={f} />
          </dd>
        </div>
        <div className={`${w}-field`} data-field="fields">
          <dt>{t.columns.fields}</dt>
          <dd>
            {fields.total > 0 ? (
              <>
                <ul className={`${w}-chips`}>
                  {fields.shown.map((field, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: fields may repeat; the list is static
                    <li key={index}>
                      <CodeChip code={field} />
                    </li>
                  ))}
                </ul>
                <ShowAllButton list={fields} />
              </>
            ) : (
              <span className={`${w}-none`}>{t.noFields}</span>
            )}
          </dd>
        </div>
        <div className={`${w}-field`} data-field="sources">
          <dt>{t.columns.sources}</dt>
          <dd>
            {urls.total > 0 ? (
              <>
                <ul className={`${w}-sources`}>
                  {urls.shown.map((url, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: URLs may repeat; the list is static
                    <li key={index}>
                      <SourceUrl value={url} />
                    </li>
                  ))}
                </ul>
                <ShowAllButton list={urls} />
              </>
            ) : (
              <span className={`${w}-none`}>{t.noSources}</span>
            )}
          </dd>
        </div>
      </dl>
    </li>
  );
}

/** A link (host name shown) only when `safeUrl` lets it through; otherwise inert, visible text. */
function SourceUrl({ value }: { value: string }) {
  const m = useMessages(watchlistSections);
  const link = safeUrl(value);
  if (link) {
    return (
      <a
        className={`${w}-link`}
        href={link.href}
        target="_blank"
        rel="noopener noreferrer"
        data-host={link.host}
        title={link.href}
      >
        <span className={`${w}-host`}>{link.host}</span>
        <Icon name="external" /> <span className="sc-visually-hidden">{m.common.opensInNewTab}</span>
      </a>
    );
  }
  return (
    <span className={`${w}-inert`} data-inert="">
      <span className={`${w}-inertText sc-mono`}>
        {value === "" ? m.watchlist.emptyUrl : inertText(value)}
      </span>
      <span className={`${w}-inertNote`}>({m.watchlist.notALink})</span>
    </span>
  );
}
