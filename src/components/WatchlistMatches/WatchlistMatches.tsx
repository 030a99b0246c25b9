import { useId, useMemo, useState } from "react";
import * as z from "zod/mini";
import type { StraddleError } from "../../api/errors.js";
import { type Customer, CustomerSchema } from "../../api/schemas/customer.js";
import { type WatchList, WatchListSchema } from "../../api/schemas/review.js";
import {
  summarizeDispositions,
  type WatchlistDisposition,
  type WatchlistDispositions,
  type WatchlistHit,
  watchlistHits,
} from "../../hooks/reviewFacts.js";
import { useCustomerReview } from "../../hooks/useCustomerReview.js";
import { useValidated } from "../../hooks/useValidated.js";
import { format } from "../../messages/merge.js";
import { accessErrorOf } from "../shared/accessError.js";
import { Badge } from "../shared/Badge.js";
import { CodeChip } from "../shared/CodeChip.js";
import { cx } from "../shared/cx.js";
import { DispositionPicker, dispositionOf } from "../shared/DispositionPicker.js";
import { dispositionSummaryText } from "../shared/dispositionText.js";
import { ComponentBoundary } from "../shared/ErrorBoundary.js";
import { Icon } from "../shared/Icon.js";
import { InvalidData } from "../shared/InvalidData.js";
import { decisionLabel, own, plural } from "../shared/labels.js";
import { CodeList, CorrelationTag, Heading } from "../shared/reviewParts.js";
import { ShowAllButton, useCapped } from "../shared/ShowAll.js";
import { Skeleton } from "../shared/Skeleton.js";
import { StateMessage } from "../shared/StateMessage.js";
import { inertText, safeUrl } from "../shared/safeUrl.js";
import { type Formatters, useFormat } from "../shared/useFormat.js";
import { useMessages, watchlistSections } from "../shared/useMessages.js";

interface WatchlistMatchesBaseProps {
  /** Level of the title; each match's list name takes the next level. Defaults to `2`. */
  headingLevel?: 1 | 2 | 3 | 4;
  /** `"compact"` suits side panels: one column, tighter spacing. Defaults to `"comfortable"`. */
  density?: "comfortable" | "compact" | undefined;
  /** Matches shown before a "Show all" button; the strongest correlations come first. Defaults to `5`. */
  collapseAfter?: number;
  /**
   * Controlled dispositions ("Not a match" / "Possible match" / "Confirmed match") by hit key
   * (`WatchlistHit.key`, from `reviewFacts`), with `onDispositionChange`. The API stores none of
   * them: keep them with the decision in your audit log. Uncontrolled when absent.
   */
  dispositions?: WatchlistDispositions | undefined;
  /** A reviewer judged a hit: every disposition so far, and the one that changed. */
  onDispositionChange?:
    | ((
        dispositions: WatchlistDispositions,
        change: { key: string; disposition: WatchlistDisposition },
      ) => void)
    | undefined;
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
  customer?: never;
}

/** Shows `identity_details.watch_list` the host already has; needs no provider. */
export interface WatchlistMatchesDataProps extends WatchlistMatchesBaseProps {
  watchList: WatchList | null | undefined;
  /** The review's `messages` (code → text), to explain the result codes. */
  codeMessages?: Record<string, string> | null | undefined;
  /** The screened customer (`customer_details`): its own value is shown beside each matched field. */
  customer?: Customer | null | undefined;
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
  customer: z.nullish(CustomerSchema),
});

function DataWatchlist({ watchList, codeMessages, customer, ...options }: WatchlistMatchesDataProps) {
  const given = useMemo(() => ({ watchList, codeMessages, customer }), [watchList, codeMessages, customer]);
  const checked = useValidated(DataPropsSchema, given);
  if (!checked.ok) return <WatchlistView state="error" invalidPaths={checked.paths} options={options} />;
  return (
    <WatchlistView
      state="ready"
      watchList={checked.value.watchList ?? undefined}
      codeMessages={checked.value.codeMessages}
      customer={checked.value.customer ?? undefined}
      options={options}
    />
  );
}

/**
 * The watchlist inside `ReviewBreakdownPanel` (`watchlist="details"`): its data already passed
 * the review's schema and the panel's boundary, so it is not parsed a second time. Not public.
 */
export function CheckedWatchlistMatches({
  watchList,
  codeMessages,
  customer,
  ...options
}: WatchlistMatchesDataProps) {
  return (
    <WatchlistView
      state="ready"
      watchList={watchList ?? undefined}
      codeMessages={codeMessages}
      customer={customer ?? undefined}
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
        accessError={accessErrorOf(result.error)}
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
      customer={result.review.customer_details}
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
  customer,
  error,
  accessError,
  invalidPaths,
  onRetry,
  options,
}: {
  state: ViewState;
  customer?: Customer | undefined;
  accessError?: "notFound" | "forbidden" | undefined;
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
  const hits = useMemo(() => watchlistHits(watchList), [watchList]);
  const [ownDispositions, setOwnDispositions] = useState<WatchlistDispositions>({});
  const dispositions = options.dispositions ?? ownDispositions;
  const onDispositionChange = options.onDispositionChange;
  const judge = (key: string, disposition: WatchlistDisposition) => {
    const next = { ...dispositions, [key]: disposition };
    if (options.dispositions === undefined) setOwnDispositions(next);
    onDispositionChange?.(next, { key, disposition });
  };
  const judged = summarizeDispositions(hits, dispositions);
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
      <section {...root} data-error={accessError}>
        <div className={`${w}-head`}>{title}</div>
        {accessError ? (
          <StateMessage
            kind="error"
            title={accessError === "notFound" ? t.notFoundTitle : t.forbiddenTitle}
          />
        ) : state === "error" ? (
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

  const collapsible = hits.length > collapseAfter;
  const shown = collapsible && !expanded ? hits.slice(0, collapseAfter) : hits;

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
            {shown.map((hit) => (
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
          {collapsible ? (
            <button
              type="button"
              className={`sc-Button ${w}-toggle`}
              data-variant="ghost"
              aria-expanded={expanded}
              aria-controls={listId}
              onClick={() => setExpanded((open) => !open)}
            >
              {expanded ? m.common.showFewer : format(m.common.showAll, { count: f.number(hits.length, 0) })}
            </button>
          ) : null}
        </div>
      )}
    </section>
  );
}

/** The customer's own value for a matched field; masked values (`***-**-****`) stay masked. */
function customerValue(customer: Customer | undefined, field: string): string | undefined {
  if (!customer) return undefined;
  const profile = customer.compliance_profile;
  const words = customer.name.trim().split(/\s+/);
  switch (field) {
    case "name":
      return customer.name;
    case "first_name":
      return words[0];
    case "last_name":
      return words.length > 1 ? words[words.length - 1] : undefined;
    case "legal_business_name":
      return profile?.legal_business_name ?? (customer.type === "business" ? customer.name : undefined);
    case "dob":
    case "ssn":
    case "ein":
    case "website":
      return profile?.[field] ?? undefined;
    case "email":
      return customer.email;
    case "phone":
      return customer.phone;
    case "address": {
      const a = customer.address;
      return a
        ? [a.address1, a.address2, a.city, `${a.state} ${a.zip}`].filter(Boolean).join(", ")
        : undefined;
    }
    default:
      return undefined;
  }
}

const isMasked = (value: string) => value.includes("*");

function MatchItem({
  hit,
  customer,
  disposition,
  onJudge,
  headingLevel,
  f,
}: {
  hit: WatchlistHit;
  customer: Customer | undefined;
  disposition: WatchlistDisposition | undefined;
  onJudge: (disposition: WatchlistDisposition) => void;
  headingLevel: number;
  f: Formatters;
}) {
  const m = useMessages(watchlistSections);
  const t = m.watchlist;
  const { match } = hit;
  const fields = useCapped(
    (match.match_fields ?? []).filter((field) => typeof field === "string" && field !== ""),
  );
  const urls = useCapped((match.urls ?? []).filter((url) => typeof url === "string"));
  const listName = match.list_name || t.unnamedList;
  return (
    <li
      className={`${w}-match`}
      data-correlation={match.correlation ?? undefined}
      data-strength={hit.strength}
      data-disposition={disposition}
    >
      <div className={`${w}-matchHead`}>
        <Heading level={headingLevel} className={`${w}-listName`}>
          {listName}
        </Heading>
        <span className={`${w}-strength`}>
          <CorrelationTag value={match.correlation} f={f} />
          {hit.strength > 0 ? (
            <span className="sc-visually-hidden">
              {format(t.strength, { level: f.number(hit.strength, 0) })}
            </span>
          ) : null}
        </span>
      </div>
      {fields.total > 0 ? (
        <>
          <table className={`${w}-compare`}>
            <thead>
              <tr>
                <th scope="col">{t.matchedField}</th>
                <th scope="col">{t.customerValue}</th>
              </tr>
            </thead>
            <tbody>
              {fields.shown.map((field, index) => {
                const label = own(t.matchFields, field);
                const value = customerValue(customer, field);
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: fields may repeat; the list is static
                  <tr key={index} data-field={label ? field : undefined}>
                    <th scope="row">{label ?? <CodeChip code={field} />}</th>
                    <td>
                      {value === undefined || value === "" ? (
                        <span className={`${w}-none`}>{t.notOnFile}</span>
                      ) : isMasked(value) ? (
                        <span className={`${w}-masked`}>
                          <span className="sc-mono">{value}</span>{" "}
                          <span className={`${w}-maskedNote`}>({t.masked})</span>
                        </span>
                      ) : (
                        <span className={`${w}-value`}>{inertText(value)}</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <ShowAllButton list={fields} />
        </>
      ) : (
        <p className={`${w}-none`}>{t.noFields}</p>
      )}
      <dl className={`${w}-matchFields`}>
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
      <DispositionPicker
        value={disposition}
        onChange={onJudge}
        legend={format(t.dispositionFor, { list: listName })}
        hideLegend
        labels={m.common.disposition}
      />
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
