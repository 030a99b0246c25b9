import { useEffect, useState } from "react";
import type { StraddleFetcher } from "../src/api";
import { StraddleProvider, type UnmaskEvent, useCustomer, type WatchlistDispositions } from "../src/hooks";
import { Badge, DecisionDialog, ReviewBreakdownPanel, WatchlistMatches } from "../src/index";
import { en } from "../src/messages";
import "./workspace.css";

export interface AuditEntry {
  at: Date;
  what: string;
}

/**
 * The recipe: a reviewer's screen composed from the library. The host supplies the provider
 * (its fetcher and its audit callbacks) and its own page chrome; everything else is ours.
 */
export function ReviewerWorkspace({ customerId, fetcher }: { customerId: string; fetcher: StraddleFetcher }) {
  const [audit, setAudit] = useState<AuditEntry[]>([]);
  const log = (what: string) => setAudit((entries) => [{ at: new Date(), what }, ...entries]);
  // The reviewer's judgement of each watchlist hit: shared by the hit cards and the decision.
  const [dispositions, setDispositions] = useState<WatchlistDispositions>({});
  return (
    <StraddleProvider
      fetcher={fetcher}
      unmaskTimeoutMs={30_000}
      onUnmask={(event: UnmaskEvent) => log(`Unmasked SSN/DOB of ${event.customerId}`)}
    >
      <div className="ws">
        <CustomerHeader customerId={customerId} />
        <div className="ws-grid">
          <ReviewBreakdownPanel
            customerId={customerId}
            watchlist="hidden"
            allowRefresh
            className="ws-panel"
            actions={
              <DecisionDialog
                customerId={customerId}
                dispositions={dispositions}
                onDispositionChange={setDispositions}
                onDecided={(customer, { status, note, dispositions: judged }) => {
                  const hits = Object.values(judged);
                  const cleared = hits.filter((value) => value === "not_a_match").length;
                  log(
                    `Decided ${status} for ${customer.name}${note ? ` — “${note}”` : ""}${
                      hits.length > 0 ? ` (${cleared} of ${hits.length} judged hits cleared)` : ""
                    }`,
                  );
                }}
              />
            }
          />
          <aside className="ws-side" aria-label="Watchlist and audit log">
            <WatchlistMatches
              customerId={customerId}
              headingLevel={2}
              className="ws-card ws-watchlist"
              dispositions={dispositions}
              onDispositionChange={setDispositions}
            />
            <section className="ws-card" aria-labelledby="ws-audit">
              <h2 id="ws-audit" className="ws-card-title">
                Audit log (host)
              </h2>
              <p className="ws-muted">
                Straddle stores the status; your note and hit judgements are kept here.
              </p>
              {audit.length === 0 ? (
                <p className="ws-muted">Nothing yet.</p>
              ) : (
                <ol className="ws-audit">
                  {audit.map((entry) => (
                    <li key={`${entry.at.getTime()}-${entry.what}`}>
                      <time dateTime={entry.at.toISOString()}>{entry.at.toLocaleTimeString()}</time>{" "}
                      {entry.what}
                    </li>
                  ))}
                </ol>
              )}
            </section>
          </aside>
        </div>
      </div>
    </StraddleProvider>
  );
}

function CustomerHeader({ customerId }: { customerId: string }) {
  const c = useCustomer(customerId);
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (!c.unmaskedUntil) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [c.unmaskedUntil]);

  if (c.status === "pending") {
    return (
      <div className="ws-header" aria-busy="true">
        <span className="sc-visually-hidden">Loading the customer…</span>
      </div>
    );
  }
  if (c.status === "error") {
    return (
      <div className="ws-header" role="alert">
        {c.error.message}{" "}
        <button type="button" className="sc-Button" onClick={() => c.refetch()}>
          Try again
        </button>
      </div>
    );
  }
  const customer = c.customer;
  const profile = c.unmasked?.compliance_profile ?? customer.compliance_profile;
  const secondsLeft = c.unmaskedUntil ? Math.max(0, Math.round((c.unmaskedUntil - now) / 1000)) : 0;
  const sensitive =
    customer.type === "individual"
      ? [
          ["Date of birth", profile?.dob],
          ["SSN", profile?.ssn],
        ]
      : [["EIN", profile?.ein]];
  return (
    <header className="ws-header sc-root">
      <div className="ws-identity">
        <h1 className="ws-name">{customer.name}</h1>
        <p className="ws-meta">
          <Badge value={customer.status}>{en.common.customerStatus[customer.status]}</Badge>
          <span>{en.common.customerType[customer.type]}</span>
          <span>{customer.email}</span>
          <span>{customer.phone}</span>
          <code className="ws-id">{customer.id}</code>
        </p>
      </div>
      <div className="ws-pii">
        <dl className="ws-pii-values">
          {sensitive.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd className="sc-mono">{value ?? "—"}</dd>
            </div>
          ))}
        </dl>
        <div className="ws-pii-action">
          {c.unmasked ? (
            <>
              <span className="ws-countdown" role="status">
                Hidden again in {secondsLeft} s
              </span>
              <button type="button" className="sc-Button" data-variant="ghost" onClick={c.hideUnmasked}>
                Hide now
              </button>
            </>
          ) : (
            <button
              type="button"
              className="sc-Button"
              data-variant="secondary"
              onClick={() => void c.unmask().catch(() => {})}
              disabled={c.isUnmasking}
            >
              {c.isUnmasking ? "Unmasking…" : "Show sensitive data"}
            </button>
          )}
        </div>
        {c.unmaskError ? (
          <p className="ws-error" role="alert">
            {c.unmaskError.message}
          </p>
        ) : null}
      </div>
    </header>
  );
}
