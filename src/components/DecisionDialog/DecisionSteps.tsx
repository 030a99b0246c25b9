import { type ReactNode, useEffect, useRef } from "react";
import type { StraddleError } from "../../api/errors.js";
import type { ReviewDecisionStatus } from "../../api/schemas/common.js";
import type { WatchlistDisposition, WatchlistDispositions, WatchlistHit } from "../../hooks/reviewFacts.js";
import { format } from "../../messages/merge.js";
import { Button } from "../shared/Button.js";
import {
  ConfirmButtons,
  ContinueButton,
  DecisionActions,
  DecisionChoices,
  DecisionErrorMessage,
  DecisionNote,
  DecisionQuestion,
  isBusinessRuleError,
} from "../shared/DecisionParts.js";
import { DispositionPicker, dispositionOf } from "../shared/DispositionPicker.js";
import { Icon } from "../shared/Icon.js";
import { dialogSections, useMessages } from "../shared/useMessages.js";
import * as Dialog from "./lazyDialog.js";

/** One step in the shared cell; the inactive one keeps its size but is neither seen nor reachable. */
export function StepPane({ active, children }: { active: boolean; children: ReactNode }) {
  return (
    <div
      className="sc-DecisionDialog-step"
      data-active={active || undefined}
      aria-hidden={active ? undefined : true}
      // Set through the CSSOM (allowed under a strict style-src), so hidden even without our stylesheet.
      style={active ? undefined : { visibility: "hidden" }}
    >
      {children}
    </div>
  );
}

export function ChooseStep(props: {
  choice: ReviewDecisionStatus | null;
  onChoice: (choice: ReviewDecisionStatus) => void;
  note: string;
  onNote: (note: string) => void;
  hits: readonly WatchlistHit[];
  dispositions: WatchlistDispositions;
  onJudge: (key: string, disposition: WatchlistDisposition) => void;
  canContinue: boolean;
  onContinue: () => void;
  canDiscard: boolean;
  onDiscard: () => void;
}) {
  const t = useMessages(dialogSections).decisionDialog;
  return (
    <form
      className="sc-DecisionDialog-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (props.canContinue) props.onContinue();
      }}
    >
      <DecisionChoices choice={props.choice} onChoice={props.onChoice} />
      {props.hits.length > 0 ? (
        <DecisionHits hits={props.hits} dispositions={props.dispositions} onJudge={props.onJudge} />
      ) : null}
      <DecisionNote note={props.note} onNote={props.onNote} />
      <DecisionActions>
        {props.canDiscard ? (
          <Button className="sc-DecisionDialog-discard" variant="ghost" onClick={props.onDiscard}>
            {t.discardDraft}
          </Button>
        ) : null}
        <CloseButton label={t.cancel} />
        <ContinueButton choice={props.choice} disabled={!props.canContinue} />
      </DecisionActions>
    </form>
  );
}

export function ConfirmStep(props: {
  choice: ReviewDecisionStatus;
  name: string;
  pending: boolean;
  onBack: () => void;
  onConfirm: () => void;
  error: StraddleError | null;
  canRetry: boolean;
  /** The refetched status, when it is no longer `review`: the decision cannot be sent. */
  changedStatus: string | undefined;
}) {
  const t = useMessages(dialogSections).decisionDialog;
  const questionRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    questionRef.current?.focus();
  }, []);
  // Decided elsewhere meanwhile (a 422, or the refetch shows another status): one message, no question.
  const changed = isBusinessRuleError(props.error) || props.changedStatus !== undefined;
  return (
    <div
      className="sc-DecisionDialog-confirm"
      data-decision={props.choice}
      data-changed={changed || undefined}
    >
      {changed ? (
        props.changedStatus !== undefined ? (
          <div className="sc-DecisionDialog-error" role="alert">
            <Icon name="warning" />
            <p>{format(t.statusChanged, { status: props.changedStatus })}</p>
          </div>
        ) : props.error ? (
          <DecisionErrorMessage error={props.error} />
        ) : null
      ) : (
        <>
          <DecisionQuestion choice={props.choice} name={props.name} questionRef={questionRef} />
          {props.error ? <DecisionErrorMessage error={props.error} /> : null}
        </>
      )}
      <DecisionActions>
        {changed ? (
          <CloseButton label={t.close} />
        ) : (
          <ConfirmButtons
            choice={props.choice}
            pending={props.pending}
            error={props.error}
            onBack={props.onBack}
            onConfirm={props.onConfirm}
            confirmDisabled={props.pending || !props.canRetry}
          />
        )}
      </DecisionActions>
    </div>
  );
}

/** The watchlist hits, each with its judgement: part of the draft, handed to `onDecided`. */
function DecisionHits({
  hits,
  dispositions,
  onJudge,
}: {
  hits: readonly WatchlistHit[];
  dispositions: WatchlistDispositions;
  onJudge: (key: string, disposition: WatchlistDisposition) => void;
}) {
  const m = useMessages(dialogSections);
  const t = m.decisionDialog;
  return (
    <fieldset className="sc-DecisionDialog-hits">
      <legend>{t.hitsHeading}</legend>
      {hits.map((hit) => (
        <DispositionPicker
          key={hit.key}
          value={dispositionOf(dispositions, hit.key)}
          onChange={(value) => onJudge(hit.key, value)}
          legend={hit.match.list_name || t.hitsHeading}
          labels={m.common.disposition}
        />
      ))}
    </fieldset>
  );
}

/** Closes the dialog (the draft stays). */
function CloseButton({ label }: { label: string }) {
  return (
    <Dialog.Close asChild>
      <Button variant="secondary">{label}</Button>
    </Dialog.Close>
  );
}
