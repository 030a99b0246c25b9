import { ReviewQueue } from "straddle-customers-react";
import { recordAudit } from "../audit";
import { navigate } from "../router";

const ID = /^[0-9a-fA-F-]{36}$/;

/**
 * Every customer in review, one at a time: the queue keeps the current customer in the URL
 * (`/review?customer=<id>`, controlled mode), so a reload or a shared link opens the same one.
 * Decisions go to the audit log with the reviewer's note; "Open customer" goes to its page.
 */
export function ReviewQueuePage({ search }: { search: string }) {
  const requested = new URLSearchParams(search).get("customer");
  const currentId = requested && ID.test(requested) ? requested.toLowerCase() : null;
  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1 className="page-title">Review queue</h1>
          <p className="page-subtitle">
            Oldest first. J / K move through the queue, V and R choose a decision, ? lists every shortcut.
          </p>
        </div>
      </div>
      <ReviewQueue
        currentId={currentId}
        onCurrentIdChange={(id) => navigate(id ? `/review?customer=${id}` : "/review", { replace: true })}
        onDecided={(customer, { status, note }) =>
          recordAudit(customer.id, `Decided ${status} from the queue${note ? ` — “${note}”` : ""}`)
        }
        onOpenCustomer={(id) => navigate(`/customers/${id}`)}
        headingLevel={2}
      />
    </div>
  );
}
