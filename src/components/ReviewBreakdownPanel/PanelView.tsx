import { useId } from "react";
import type { StraddleError } from "../../api/errors.js";
import type { CustomerReview } from "../../api/schemas/review.js";
import type { ReviewFacts } from "../../hooks/reviewFacts.js";
import { cx } from "../shared/cx.js";
import { ErrorState } from "../shared/ErrorState.js";
import { accessErrorOf, errorText } from "../shared/errorText.js";
import { InvalidData } from "../shared/InvalidData.js";
import { own, plural } from "../shared/labels.js";
import { Heading } from "../shared/reviewParts.js";
import { StateMessage } from "../shared/StateMessage.js";
import { type Formatters, useFormat } from "../shared/useFormat.js";
import { type MessageSections, reviewSections, useMessages } from "../shared/useMessages.js";
import { Blocks } from "./Blocks.js";
import { PanelSkeleton } from "./PanelSkeleton.js";
import type { ReviewBreakdownPanelBaseProps } from "./ReviewBreakdownPanel.js";
import { type AttentionItem, type RefreshControl, ReviewHeader } from "./ReviewHeader.js";

export type PanelOptions = ReviewBreakdownPanelBaseProps;

const p = "sc-ReviewBreakdownPanel";

/** The one rendering path of both modes. */
export function PanelView({
  loading,
  review,
  facts,
  error,
  invalidPaths,
  staleError,
  onRetry,
  refresh,
  options,
}: {
  loading?: boolean;
  /** Direct-data mode: where the given review failed the schema. */
  invalidPaths?: readonly string[];
  review?: CustomerReview;
  facts?: ReviewFacts;
  error?: StraddleError | null;
  staleError?: StraddleError | null;
  onRetry?: () => void;
  refresh?: RefreshControl | undefined;
  options: PanelOptions;
}) {
  const m = useMessages(reviewSections);
  const f = useFormat();
  const titleId = useId();
  const level = options.headingLevel ?? 2;
  const density = options.density ?? "comfortable";
  const details = review?.identity_details ?? undefined;
  const state = loading ? "loading" : !review || !facts ? "error" : details ? "ready" : "pending";
  const attention = review && facts && details ? attentionItems(m, facts, f) : [];

  const root = {
    className: cx("sc-root", p, options.className),
    "data-sc-unstyled": options.unstyled || undefined,
    "aria-labelledby": titleId,
    "aria-busy": loading || refresh?.state.isPending || undefined,
    "data-state": state,
    "data-density": density,
    "data-status": review?.customer_details.status,
    "data-decision": details?.decision ?? undefined,
    "data-attention": attention.length > 0 || undefined,
    "data-disagree": facts?.decisionDisagrees || undefined,
  };

  if (state === "loading") {
    return (
      <section {...root}>
        <PanelSkeleton titleId={titleId} headingLevel={level} />
        <p className="sc-visually-hidden" role="status">
          {m.reviewPanel.loading}
        </p>
      </section>
    );
  }

  if (!review || !facts) {
    return (
      <section {...root} data-error={invalidPaths ? undefined : accessErrorOf(error)}>
        <header className={`${p}-header`}>
          <div className={`${p}-titleRow`}>
            <Heading level={level} id={titleId} className={`${p}-title`}>
              <span className={`${p}-name`}>{m.reviewPanel.title}</span>
            </Heading>
          </div>
        </header>
        <div className={`${p}-body`}>
          <ErrorState
            title={m.reviewPanel.errorTitle}
            error={error}
            detail={invalidPaths ? undefined : errorDetail(m, error)}
            onRetry={onRetry}
            access={invalidPaths ? undefined : m.reviewPanel}
          >
            {invalidPaths ? <InvalidData paths={invalidPaths} /> : undefined}
          </ErrorState>
        </div>
      </section>
    );
  }

  return (
    <section {...root}>
      <ReviewHeader
        review={review}
        facts={facts}
        titleId={titleId}
        headingLevel={level}
        attention={attention}
        refresh={refresh}
        actions={options.actions}
        f={f}
      />
      {staleError ? (
        <div className={`${p}-body`}>
          <ErrorState
            title={m.reviewPanel.staleError}
            error={staleError}
            detail={errorDetail(m, staleError)}
            onRetry={onRetry}
          />
        </div>
      ) : null}
      {details ? (
        <Blocks
          details={details}
          customer={review.customer_details}
          facts={facts}
          level={level + 1}
          options={options}
          f={f}
        />
      ) : (
        <div className={`${p}-body`}>
          {review.customer_details.status === "pending" ? (
            <StateMessage
              kind="info"
              title={m.reviewPanel.pending.title}
              onRetry={onRetry}
              retryLabel={m.reviewPanel.pending.checkAgain}
            >
              {m.reviewPanel.pending.detail}
            </StateMessage>
          ) : (
            <StateMessage kind="info" title={m.reviewPanel.notScreened.title}>
              {m.reviewPanel.notScreened.detail}
            </StateMessage>
          )}
        </div>
      )}
    </section>
  );
}

/** What went wrong, in the panel's words; a 401 reads as the 403. */
function errorDetail(m: MessageSections<"reviewPanel">, error: StraddleError | null | undefined): string {
  const texts = m.reviewPanel.errorDetail;
  return errorText({ ...texts, unauthorized: texts.forbidden }, error);
}

/** `facts.attention` with its labels: the list behind "N checks need attention". */
function attentionItems(m: MessageSections<"common" | "reviewPanel">, facts: ReviewFacts, f: Formatters) {
  return facts.attention.map(
    (item): AttentionItem => ({
      key: item.key,
      label:
        item.kind === "module"
          ? (own(m.common.modules, item.key) ?? item.key)
          : m.reviewPanel.sections[item.key],
      decision: item.decision,
      codes: item.codes,
      detail:
        item.key === "watchlist"
          ? plural(
              f.locale,
              facts.watchListMatchCount,
              m.reviewPanel.watchlist.matchCount,
              f.number(facts.watchListMatchCount, 0),
            )
          : undefined,
    }),
  );
}
