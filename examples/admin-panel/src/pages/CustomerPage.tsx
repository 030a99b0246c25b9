import { useEffect, useState } from "react";
import {
  Badge,
  DecisionDialog,
  englishMessages,
  ReviewBreakdownPanel,
  useCustomer,
  WatchlistMatches,
} from "straddle-customers-react";
import { recordAudit, useAuditEntries } from "../audit";
import { customersHref } from "../listParams";
import { Link } from "../router";

/**
 * The reviewer's workspace for one customer (the recipe of stories/ReviewerWorkspace): who it
 * is, why the screening flagged it, the watchlist hits, and the decision.
 */
export function CustomerPage({ customerId }: { customerId: string }) {
  return (
    <div className="page">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <ol>
          <li>
            <Link to={customersHref()}>Customers</Link>
          </li>
          <li aria-current="page">Customer</li>
        </ol>
      </nav>
      <CustomerHeader customerId={customerId} />
      <div className="workspace">
        <ReviewBreakdownPanel customerId={customerId} watchlist="hidden" allowRefresh />
        <aside className="workspace-side" aria-label="Decision and watchlist">
          <section className="card card-padded" aria-labelledby="decision-title">
            <h2 id="decision-title" className="card-title">
              Decision
            </h2>
            <p className="muted">Straddle stores the status; your note stays in this panel's audit log.</p>
            <DecisionDialog
              customerId={customerId}
              onDecided={(_customer, { status, note }) =>
                recordAudit(customerId, `Decided ${status}${note ? ` — “${note}”` : ""}`)
              }
            />
          </section>
          <WatchlistMatches customerId={customerId} density="compact" headingLevel={2} />
          <AuditLog customerId={customerId} />
        </aside>
      </div>
    </div>
  );
}

function AuditLog({ customerId }: { customerId: string }) {
  const entries = useAuditEntries().filter((entry) => entry.customerId === customerId);
  return (
    <section className="card card-padded" aria-labelledby="audit-title">
      <h2 id="audit-title" className="card-title">
        Audit log
      </h2>
      {entries.length === 0 ? (
        <p className="muted">Nothing recorded in this session yet.</p>
      ) : (
        <ol className="audit">
          {entries.map((entry) => (
            <li key={entry.id}>
              <time dateTime={entry.at.toISOString()}>{entry.at.toLocaleTimeString()}</time> {entry.what}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The library's own labels, so the header says what the table and the panel say. */
const { customerStatus, customerType } = englishMessages.common;

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
      <div className="customer-header" aria-busy="true">
        <span className="sc-visually-hidden">Loading the customer…</span>
      </div>
    );
  }
  if (c.status === "error") {
    return (
      <div className="customer-header" role="alert">
        <div>
          <h1 className="page-title">Customer unavailable</h1>
          <p className="muted">{c.error.message}</p>
        </div>
        <button type="button" className="app-button" onClick={() => c.refetch()}>
          Try again
        </button>
      </div>
    );
  }
  const customer = c.customer;
  const profile = c.unmasked?.compliance_profile ?? customer.compliance_profile;
  const secondsLeft = c.unmaskedUntil ? Math.max(0, Math.round((c.unmaskedUntil - now) / 1000)) : 0;
  const sensitive: [string, string | null | undefined][] =
    customer.type === "individual"
      ? [
          ["Date of birth", profile?.dob],
          ["SSN", profile?.ssn],
        ]
      : [["EIN", profile?.ein]];
  return (
    <header className="customer-header sc-root">
      <div className="customer-identity">
        <h1 className="page-title">{customer.name}</h1>
        <p className="customer-meta">
          <Badge value={customer.status}>{customerStatus[customer.status]}</Badge>
          <span>{customerType[customer.type]}</span>
          <span>{customer.email}</span>
          <span>{customer.phone}</span>
          <code className="customer-id">{customer.id}</code>
        </p>
      </div>
      <div className="customer-pii">
        <dl className="customer-pii-values">
          {sensitive.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd className="sc-mono">{value ?? "—"}</dd>
            </div>
          ))}
        </dl>
        <div className="customer-pii-action">
          {c.unmasked ? (
            <>
              <span className="muted" role="status">
                Hidden again in {secondsLeft} s
              </span>
              <button type="button" className="app-button" data-variant="ghost" onClick={c.hideUnmasked}>
                Hide now
              </button>
            </>
          ) : (
            <button
              type="button"
              className="app-button"
              onClick={() => void c.unmask().catch(() => {})}
              disabled={c.isUnmasking}
            >
              {c.isUnmasking ? "Unmasking…" : "Show sensitive data"}
            </button>
          )}
        </div>
        {c.unmaskError ? (
          <p className="customer-error" role="alert">
            {c.unmaskError.message}
          </p>
        ) : null}
      </div>
    </header>
  );
}
