import { useState } from "react";
import { useCustomer, useCustomerList, useCustomerReview } from "../src/hooks";

/**
 * A reviewer screen in plain HTML, built only from the hooks — no library component, no
 * library CSS. It is the proof that a host can rebuild any part of the UI itself.
 */
export function BareReviewerScreen() {
  const list = useCustomerList({ status: ["review"], sort_by: "name", sort_order: "asc", page_size: 8 });
  const [selected, setSelected] = useState<string | null>(null);

  return (
    <div style={{ display: "flex", gap: 24, fontFamily: "Georgia, serif" }}>
      <nav aria-label="Customers in review" style={{ minWidth: 240 }}>
        <h2>In review ({list.page?.totalItems ?? "…"})</h2>
        {list.status === "pending" ? <p>Loading…</p> : null}
        {list.status === "error" ? (
          <p role="alert">
            {list.error.message}{" "}
            <button type="button" onClick={() => list.refetch()}>
              Retry
            </button>
          </p>
        ) : null}
        <ul>
          {list.customers?.map((c) => (
            <li key={c.id}>
              <button type="button" aria-pressed={selected === c.id} onClick={() => setSelected(c.id)}>
                {c.name}
              </button>
            </li>
          ))}
        </ul>
        <p>
          <button type="button" onClick={list.previousPage} disabled={!list.page?.hasPrevious}>
            Previous
          </button>{" "}
          Page {list.pageNumber} of {list.page?.totalPages ?? "…"}{" "}
          <button type="button" onClick={list.nextPage} disabled={!list.page?.hasNext}>
            Next
          </button>
        </p>
      </nav>
      <main style={{ flex: 1 }}>
        {selected ? <CustomerReview id={selected} /> : <p>Choose a customer.</p>}
      </main>
    </div>
  );
}

function CustomerReview({ id }: { id: string }) {
  const review = useCustomerReview(id);
  const customer = useCustomer(id);
  const [message, setMessage] = useState("");

  if (review.status === "pending") return <p>Loading review…</p>;
  if (review.status === "error") {
    return (
      <p role="alert">
        {review.error.message}{" "}
        <button type="button" onClick={() => review.refetch()}>
          Retry
        </button>
      </p>
    );
  }
  const details = review.review.identity_details;
  const decide = async (status: "verified" | "rejected") => {
    try {
      const { customer: saved } = await review.decide(status);
      setMessage(`Saved: ${saved.name} is now ${saved.status}.`);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : "Failed.");
    }
  };

  return (
    <article>
      <h2>{review.review.customer_details.name}</h2>
      <dl>
        <dt>Status</dt>
        <dd data-testid="status">{review.customerStatus}</dd>
        <dt>Screening decision</dt>
        <dd>{review.decision ?? "checks are running"}</dd>
        <dt>SSN</dt>
        <dd>
          {customer.unmasked?.compliance_profile?.ssn ??
            review.review.customer_details.compliance_profile?.ssn ??
            "—"}{" "}
          <button
            type="button"
            onClick={() => void customer.unmask().catch(() => {})}
            disabled={customer.isUnmasking}
          >
            Show
          </button>
        </dd>
      </dl>
      <table>
        <caption>Modules ({review.flaggedModules.length} need attention)</caption>
        <thead>
          <tr>
            <th scope="col">Module</th>
            <th scope="col">Decision</th>
            <th scope="col">Risk</th>
            <th scope="col">Codes</th>
          </tr>
        </thead>
        <tbody>
          {review.modules.map(({ name, module }) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td>{module.decision ?? "—"}</td>
              <td>{module.risk_score ?? "—"}</td>
              <td>{module.codes?.map((code) => `${code} ${details?.messages?.[code] ?? ""}`).join("; ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>Watchlist matches: {review.watchListMatchCount}</p>
      <p>
        <button
          type="button"
          onClick={() => decide("verified")}
          disabled={!review.canDecide || review.decideState.isPending}
        >
          Verify
        </button>{" "}
        <button
          type="button"
          onClick={() => decide("rejected")}
          disabled={!review.canDecide || review.decideState.isPending}
        >
          Reject
        </button>{" "}
        <button type="button" onClick={() => void review.refresh()} disabled={review.refreshState.isPending}>
          {review.refreshState.isPending ? "Refreshing…" : "Refresh review"}
        </button>
      </p>
      <p role="status">{message}</p>
    </article>
  );
}
