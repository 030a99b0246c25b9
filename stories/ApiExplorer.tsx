import { useId, useState } from "react";
import {
  createCustomer,
  decideCustomerReview,
  deleteCustomer,
  getCustomer,
  getCustomerReview,
  getCustomerUnmasked,
  isStraddleError,
  listCustomers,
  refreshCustomerReview,
  type StraddleClientConfig,
  updateCustomer,
} from "../src/api";
import { useStraddleClient } from "../src/hooks";
import { sandboxIds } from "../src/sandbox";

interface Endpoint {
  label: string;
  needsId: boolean;
  body?: unknown;
  call: (config: StraddleClientConfig, id: string, body: unknown) => Promise<unknown>;
}

const exampleCreate = {
  type: "individual",
  name: "Ada Lovelace",
  email: "ada@example.com",
  phone: "+12125550100",
  device: { ip_address: "192.168.1.1" },
  compliance_profile: { dob: "1990-12-10", ssn: "123-45-6789" },
  config: { sandbox_outcome: "review" },
};

// The explorer sends what the person typed, unchecked, so the sandbox's own validation shows.
export const endpoints: Record<string, Endpoint> = {
  "customers.get": { label: "GET /v1/customers/{id}", needsId: true, call: (c, id) => getCustomer(c, id) },
  "customers.list": {
    label: "GET /v1/customers",
    needsId: false,
    body: { status: ["review"], page_size: 5, sort_by: "name", sort_order: "asc" },
    call: (c, _id, body) => listCustomers(c, body as Parameters<typeof listCustomers>[1]),
  },
  "customers.create": {
    label: "POST /v1/customers",
    needsId: false,
    body: exampleCreate,
    call: (c, _id, body) => createCustomer(c, body as Parameters<typeof createCustomer>[1]),
  },
  "customers.update": {
    label: "PUT /v1/customers/{id}",
    needsId: true,
    body: {
      name: "Updated Name",
      email: "updated@example.com",
      phone: "+12125550101",
      status: "review",
      device: { ip_address: "10.0.0.1" },
    },
    call: (c, id, body) => updateCustomer(c, id, body as Parameters<typeof updateCustomer>[2]),
  },
  "customers.delete": {
    label: "DELETE /v1/customers/{id}",
    needsId: true,
    call: (c, id) => deleteCustomer(c, id),
  },
  "customers.unmasked": {
    label: "GET /v1/customers/{id}/unmasked",
    needsId: true,
    call: (c, id) => getCustomerUnmasked(c, id),
  },
  "customers.review.get": {
    label: "GET /v1/customers/{id}/review",
    needsId: true,
    call: (c, id) => getCustomerReview(c, id),
  },
  "customers.review.decision": {
    label: "PATCH /v1/customers/{id}/review",
    needsId: true,
    body: { status: "verified" },
    call: (c, id, body) => decideCustomerReview(c, id, body as Parameters<typeof decideCustomerReview>[2]),
  },
  "customers.review.refresh_review": {
    label: "PUT /v1/customers/{id}/refresh_review",
    needsId: true,
    call: (c, id) => refreshCustomerReview(c, id),
  },
};

type Outcome = { ok: true; value: unknown } | { ok: false; error: Record<string, unknown> } | null;

/** Pick an endpoint and a sandbox customer, send, and read the validated response or error. */
export function ApiExplorer({
  initialEndpoint = "customers.review.get",
  initialCustomer = "reviewIndividualHighRisk",
}) {
  // The public way to make custom calls: the provider's fetcher and scope, for the API functions.
  const client = useStraddleClient();
  const ids = useId();
  const [endpointName, setEndpointName] = useState(initialEndpoint);
  const [customerKey, setCustomerKey] = useState(initialCustomer);
  const endpoint = endpoints[endpointName] ?? endpoints["customers.get"];
  const [bodyText, setBodyText] = useState(() => JSON.stringify(endpoint?.body ?? null, null, 2));
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  const choose = (name: string) => {
    setEndpointName(name);
    setBodyText(JSON.stringify(endpoints[name]?.body ?? null, null, 2));
    setOutcome(null);
  };

  const send = async () => {
    if (!endpoint) return;
    setBusy(true);
    try {
      const body = endpoint.body === undefined ? undefined : JSON.parse(bodyText);
      const id = (sandboxIds as Record<string, string>)[customerKey] ?? customerKey;
      const value = await endpoint.call(client.config, id, body);
      // After a change, the hooks' cache refetches what it holds (nothing to do after a read).
      if (!endpoint.label.startsWith("GET")) await client.invalidate(endpoint.needsId ? id : undefined);
      setOutcome({ ok: true, value });
    } catch (error) {
      setOutcome({
        ok: false,
        error: isStraddleError(error)
          ? {
              kind: error.kind,
              status: error.status,
              type: error.type,
              message: error.message,
              fieldErrors: error.fieldErrors,
              requestId: error.requestId,
              issues: error.issues,
            }
          : { message: String(error) },
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="sc-root explorer">
      <div className="explorer-controls">
        <label htmlFor={`${ids}-endpoint`}>Endpoint</label>
        <select id={`${ids}-endpoint`} value={endpointName} onChange={(e) => choose(e.target.value)}>
          {Object.entries(endpoints).map(([name, e]) => (
            <option key={name} value={name}>
              {name} — {e.label}
            </option>
          ))}
        </select>
        <label htmlFor={`${ids}-customer`}>Sandbox customer</label>
        <select
          id={`${ids}-customer`}
          value={customerKey}
          disabled={!endpoint?.needsId}
          onChange={(e) => setCustomerKey(e.target.value)}
        >
          {Object.keys(sandboxIds).map((key) => (
            <option key={key} value={key}>
              {key}
            </option>
          ))}
        </select>
        {endpoint?.body !== undefined ? (
          <>
            <label htmlFor={`${ids}-body`}>Request (JSON)</label>
            <textarea
              id={`${ids}-body`}
              rows={10}
              value={bodyText}
              onChange={(e) => setBodyText(e.target.value)}
            />
          </>
        ) : null}
        <button type="button" className="sc-Button" data-variant="primary" onClick={send} disabled={busy}>
          {busy ? "Sending…" : "Send request"}
        </button>
      </div>
      <section aria-label="Result" aria-live="polite" className="explorer-result">
        {outcome === null ? (
          <p>Choose an endpoint and send a request.</p>
        ) : outcome.ok ? (
          <>
            <h2>Validated response</h2>
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
            <section aria-label="Response JSON" tabIndex={0} className="explorer-json">
              <pre>{JSON.stringify(outcome.value, null, 2)}</pre>
            </section>
          </>
        ) : (
          <>
            <h2>Error</h2>
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
            <section aria-label="Error JSON" tabIndex={0} className="explorer-json">
              <pre>{JSON.stringify(outcome.error, null, 2)}</pre>
            </section>
          </>
        )}
      </section>
    </div>
  );
}
