import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, test, vi } from "vitest";
import type { CustomerReview, IdentityDetails } from "../../src/api/schemas/review";
import { ReviewBreakdownPanel } from "../../src/components/ReviewBreakdownPanel/ReviewBreakdownPanel";
import { StraddleProvider } from "../../src/hooks";
import { apiExampleReviewResponse, createSandbox, maximalReview, sandboxIds } from "../../src/sandbox";
import { withSandbox } from "../support/withSandbox";

const baseCustomer = apiExampleReviewResponse.data.customer_details;

function makeReview(
  identity: Partial<IdentityDetails> | null,
  customer: Partial<CustomerReview["customer_details"]> = {},
): CustomerReview {
  return {
    customer_details: { ...baseCustomer, status: "review", ...customer },
    identity_details:
      identity === null
        ? null
        : {
            review_id: "5d1b6a4e-1f0c-4d5e-9a3b-7c2e8f9d0a1b",
            decision: "review",
            created_at: "2026-03-01T10:00:00",
            updated_at: "2026-03-01T10:05:00Z",
            breakdown: {},
            ...identity,
          },
  };
}

function panelRoot(container: HTMLElement) {
  const root = container.querySelector<HTMLElement>(".sc-ReviewBreakdownPanel");
  if (!root) throw new Error("no panel");
  return root;
}

const moduleOrder = (container: HTMLElement) =>
  [...container.querySelectorAll<HTMLElement>(".sc-ReviewBreakdownPanel-module")].map(
    (row) => row.dataset.module,
  );

/** Opens every collapsed "N checks passed" / "N validations passed" line. */
function expandPassed(container: HTMLElement) {
  const toggles = container.querySelectorAll<HTMLButtonElement>(
    ".sc-ReviewBreakdownPanel-passedToggle[aria-expanded='false']",
  );
  for (const toggle of toggles) fireEvent.click(toggle);
}

describe("ReviewBreakdownPanel: ordering", () => {
  test("individual: rejecting modules first, then review, then fraud, synthetic, email, phone, address", () => {
    const review = makeReview({
      breakdown: {
        address: { decision: "reject" },
        email: { decision: "review" },
        fraud: { decision: "accept" },
        phone: { decision: "review" },
        synthetic: { decision: "accept" },
      },
    });
    const { container } = render(<ReviewBreakdownPanel review={review} />);
    // What passed is one line until asked for.
    expect(moduleOrder(container)).toEqual(["address", "email", "phone"]);
    expect(screen.getByText("2 checks passed")).toBeInTheDocument();
    expandPassed(container);
    expect(moduleOrder(container)).toEqual(["address", "email", "phone", "fraud", "synthetic"]);
  });

  test("business: business identification, validation, evaluation, then the rest; flagged first", () => {
    const review = makeReview(
      {
        breakdown: {
          fraud: { decision: "accept" },
          business_validation: { decision: "accept" },
          email: { decision: "reject" },
          business_identification: { decision: "accept" },
          business_evaluation: { decision: "review" },
          phone: {},
        },
      },
      { type: "business" },
    );
    const { container } = render(<ReviewBreakdownPanel review={review} />);
    expect(moduleOrder(container)).toEqual(["email", "business_evaluation"]);
    expect(screen.getByText("4 checks passed")).toBeInTheDocument();
    expandPassed(container);
    expect(moduleOrder(container)).toEqual([
      "email",
      "business_evaluation",
      "business_identification",
      "business_validation",
      "fraud",
      "phone",
    ]);
  });

  test("blocks that need attention come before calm ones; rejections before reviews", () => {
    const review = makeReview({
      breakdown: { fraud: { decision: "accept" } },
      kyc: { decision: "accept", validations: {} },
      network_alerts: { decision: "review" },
      watch_list: { decision: "reject" },
      reputation: { decision: "accept" },
    });
    const { container } = render(<ReviewBreakdownPanel review={review} />);
    const blocks = [...container.querySelectorAll<HTMLElement>(".sc-ReviewBreakdownPanel-block")].map(
      (block) => block.dataset.block,
    );
    expect(blocks).toEqual(["watchlist", "networkAlerts", "modules", "kyc", "reputation"]);
    const attention = container.querySelector(".sc-ReviewBreakdownPanel-attention") as HTMLElement;
    expect(attention).toHaveTextContent("2 checks need attention");
    expect([...attention.querySelectorAll("li")].map((li) => li.dataset.decision)).toEqual([
      "reject",
      "review",
    ]);
  });

  test("the flagged module's codes are spelled out with their messages; calm ones keep them one focus away", () => {
    const review = makeReview({
      breakdown: {
        fraud: { decision: "review", codes: ["R186"] },
        email: { decision: "accept", codes: ["I520"] },
      },
      messages: { R186: "Identity elements are associated with reported fraud", I520: "Email risk is low" },
    });
    const { container } = render(<ReviewBreakdownPanel review={review} />);
    expect(screen.queryByRole("heading", { name: "Email" })).toBeNull();
    expandPassed(container);
    const fraud = screen.getByRole("heading", { name: "Fraud" }).closest("li") as HTMLElement;
    expect(
      within(fraud).getByText("Identity elements are associated with reported fraud"),
    ).toBeInTheDocument();
    const email = screen.getByRole("heading", { name: "Email" }).closest("li") as HTMLElement;
    const chip = within(email).getByText("I520");
    expect(chip).toHaveAttribute("tabindex", "0");
    expect(chip).toHaveAccessibleDescription("Email risk is low");
  });
});

describe("ReviewBreakdownPanel: values outside the documentation", () => {
  test("out-of-range and missing scores are shown as-is and marked", () => {
    const review = makeReview({
      breakdown: {
        fraud: {
          decision: "accept",
          risk_score: 123,
          correlation_score: 1e6,
          correlation: "high_confidence",
        },
        synthetic: { decision: "accept", risk_score: -1, correlation_score: -4.2 },
        email: { decision: "accept", risk_score: 0.5, correlation_score: 0.25 },
        phone: { decision: "accept", risk_score: null, correlation_score: null, correlation: null },
      },
    });
    const { container } = render(<ReviewBreakdownPanel review={review} />);
    expandPassed(container);
    expect(screen.getByRole("meter", { name: "Fraud risk score" })).toHaveAttribute(
      "aria-valuetext",
      "123.000 (out of range)",
    );
    expect(screen.getByRole("meter", { name: "Synthetic identity risk score" })).toHaveAttribute(
      "aria-valuetext",
      "-1.000 (out of range)",
    );
    expect(screen.getByRole("meter", { name: "Email risk score" })).toHaveAttribute(
      "aria-valuetext",
      "0.500",
    );
    expect(screen.queryByRole("meter", { name: "Phone risk score" })).toBeNull();
    const phone = screen.getByRole("heading", { name: "Phone" }).closest("li") as HTMLElement;
    expect(within(phone).getAllByText("Not reported")).toHaveLength(2);
    const fraud = screen.getByRole("heading", { name: "Fraud" }).closest("li") as HTMLElement;
    expect(fraud).toHaveTextContent("1,000,000.000 (out of range)");
    const synthetic = screen
      .getByRole("heading", { name: "Synthetic identity" })
      .closest("li") as HTMLElement;
    expect(synthetic).toHaveTextContent("-4.200 (out of range)");
  });

  test("unknown decisions and correlations are shown as-is", () => {
    const review = makeReview({
      decision: "escalate",
      breakdown: {
        fraud: { decision: "maybe", correlation: "match", risk_score: 0.2 },
      },
      kyc: { decision: "hold", validations: { first_name: true } },
    });
    const { container } = render(<ReviewBreakdownPanel review={review} />);
    expect(panelRoot(container)).toHaveAttribute("data-decision", "escalate");
    expect(screen.getByText("Unknown (escalate)")).toBeInTheDocument();
    expect(screen.getByText("Unknown (match)")).toBeInTheDocument();
    // An unknown decision needs a person: listed under attention (and shown in its own row), with the stripe.
    const attention = container.querySelector(".sc-ReviewBreakdownPanel-attention") as HTMLElement;
    expect(attention).toHaveTextContent("2 checks need attention");
    expect([...attention.querySelectorAll("li")].map((li) => li.dataset.decision)).toEqual(["maybe", "hold"]);
    expect(screen.getAllByText("Unknown (maybe)")).toHaveLength(2);
    expect(screen.getAllByText("Unknown (hold)")).toHaveLength(2);
    expect(container.querySelector("[data-module='fraud']")).toHaveAttribute("data-attention", "true");
    expect(container.querySelector("[data-section='kyc']")).toHaveAttribute("data-attention", "true");
    // No disagreement: "escalate" leads to no known status.
    expect(panelRoot(container)).not.toHaveAttribute("data-disagree");
  });

  test("codes that collide with object properties are plain codes", () => {
    const review = makeReview({
      breakdown: { fraud: { decision: "review", codes: ["constructor", "__proto__", "toString"] } },
      messages: {},
    });
    render(<ReviewBreakdownPanel review={review} />);
    // Once among the top reasons, once in the module's row.
    expect(screen.getAllByText("constructor")).toHaveLength(2);
    expect(screen.getAllByText("__proto__")).toHaveLength(2);
    expect(screen.queryByText(/function/)).toBeNull();
  });
});

describe("ReviewBreakdownPanel: optional parts absent or null", () => {
  test("a review where every optional field is null renders sensible text", () => {
    const review = makeReview({
      decision: null,
      breakdown: null,
      messages: null,
      kyc: { decision: null, codes: null, validations: null },
      network_alerts: { decision: null, codes: null, alerts: null },
      reputation: { decision: null, codes: null, risk_score: null, insights: null },
      watch_list: { decision: null, codes: null, matched: null, matches: null },
    });
    const { container } = render(<ReviewBreakdownPanel review={review} />);
    expect(panelRoot(container)).toHaveAttribute("data-state", "ready");
    expect(screen.getByText("No screening checks were reported.")).toBeInTheDocument();
    expect(screen.getAllByText("Not checked")).toHaveLength(10);
    expect(screen.getByText("0 of 10 passed")).toBeInTheDocument();
    expect(screen.getByText("No alerts raised.")).toBeInTheDocument();
    expect(screen.getByText("No reputation insights reported.")).toBeInTheDocument();
    expect(screen.getByText("No matches")).toBeInTheDocument();
    expect(screen.getAllByText("No codes").length).toBe(4);
    expect(screen.queryByRole("heading", { name: "Other messages" })).toBeNull();
  });

  test("absent blocks are not shown at all", () => {
    const review = makeReview({
      breakdown: { email: { decision: "accept" }, phone: { decision: "accept" } },
    });
    render(<ReviewBreakdownPanel review={review} />);
    for (const name of ["KYC validations", "Network alerts", "Watchlist", "Reputation", "Other messages"]) {
      expect(screen.queryByRole("heading", { name })).toBeNull();
    }
    expect(screen.getByText("2 checks")).toBeInTheDocument();
  });

  test("a module with every field null", () => {
    const review = makeReview({
      breakdown: {
        fraud: { decision: null, codes: null, risk_score: null, correlation: null, correlation_score: null },
      },
    });
    const { container } = render(<ReviewBreakdownPanel review={review} />);
    expandPassed(container);
    const fraud = screen.getByRole("heading", { name: "Fraud" }).closest("li") as HTMLElement;
    // Decision, risk score and correlation: "not reported", never an empty badge.
    expect(within(fraud).getAllByText("Not reported")).toHaveLength(3);
    expect(fraud.querySelector(".sc-Badge")).toBeNull();
    expect(within(fraud).getByText("No codes")).toBeInTheDocument();
  });

  test("a pending customer without identity details: checks are running", () => {
    const review = makeReview(null, { status: "pending" });
    const { container } = render(<ReviewBreakdownPanel review={review} />);
    expect(panelRoot(container)).toHaveAttribute("data-state", "pending");
    expect(screen.getByText("Checks are running")).toBeInTheDocument();
    expect(screen.getByText("Not available yet")).toBeInTheDocument();
    expect(screen.queryByText(/Review id/)).toBeNull();
  });

  test("a customer in another status without identity details", () => {
    render(<ReviewBreakdownPanel review={makeReview(null, { status: "verified" })} />);
    expect(screen.getByText("No identity results")).toBeInTheDocument();
  });

  test("reputation insights: only what is present, dates as counts with the most recent", () => {
    const review = makeReview({
      reputation: {
        decision: "review",
        risk_score: 0.8,
        insights: {
          accounts_closed_count: 3,
          accounts_closed_dates: ["2025-02-14", "2026-01-19", "2025-06-30"],
          ach_returned_transactions_dates: ["2025-03-02", "2025-04-11"],
          card_fraud_transactions_count: 5,
          card_fraud_transactions_dates: ["2025-08-15", "not a date"],
          user_email_count: 0,
        },
      },
    });
    const { container } = render(<ReviewBreakdownPanel review={review} />);
    const groups = [...container.querySelectorAll<HTMLElement>(".sc-ReviewBreakdownPanel-insightGroup")];
    expect(groups.map((g) => g.dataset.group)).toEqual(["accounts", "ach", "cards", "identity"]);
    const closed = container.querySelector('[data-insight="accounts_closed_count"]') as HTMLElement;
    expect(closed).toHaveTextContent("Closed3most recent Jan 19, 2026");
    const returned = container.querySelector(
      '[data-insight="ach_returned_transactions_count"]',
    ) as HTMLElement;
    expect(returned).toHaveTextContent("Returned transactions2most recent Apr 11, 2025");
    const cards = container.querySelector('[data-insight="card_fraud_transactions_count"]') as HTMLElement;
    expect(cards).toHaveTextContent("52 dates · most recent Aug 15, 2025");
    expect(cards).toHaveAttribute("data-adverse");
    expect(container.querySelector('[data-insight="applications_count"]')).toBeNull();
  });

  test("messages whose code is shown nowhere else are listed once", () => {
    const review = makeReview({
      breakdown: { fraud: { decision: "accept", codes: ["I121"] } },
      kyc: { decision: "accept", codes: ["I301"], validations: {} },
      messages: { I121: "Social networks match", I301: "First name", foo: "A message without a code shown" },
    });
    render(<ReviewBreakdownPanel review={review} />);
    const others = screen.getByRole("heading", { name: "Other messages" }).closest("section") as HTMLElement;
    expect(within(others).getByText("foo")).toBeInTheDocument();
    expect(within(others).getByText("A message without a code shown")).toBeInTheDocument();
    expect(within(others).queryByText("I121")).toBeNull();
  });
});

describe("ReviewBreakdownPanel: header and options", () => {
  test("status and screening decision disagree: both shown, with a note", () => {
    const review = makeReview({ decision: "accept" }, { status: "rejected" });
    const { container } = render(<ReviewBreakdownPanel review={review} />);
    expect(panelRoot(container)).toHaveAttribute("data-disagree");
    expect(screen.getByText("Rejected")).toBeInTheDocument();
    expect(screen.getByText("Accept")).toBeInTheDocument();
    expect(
      screen.getByText(/recommends “Accept”, but the customer's status is “Rejected”/),
    ).toBeInTheDocument();
  });

  test("agreeing status and decision: no note", () => {
    const { container } = render(<ReviewBreakdownPanel review={makeReview({ decision: "review" })} />);
    expect(panelRoot(container)).not.toHaveAttribute("data-disagree");
  });

  test("review id and times, absolute and relative", () => {
    vi.useFakeTimers({ now: new Date("2026-03-04T10:00:00Z"), toFake: ["Date"] });
    try {
      render(<ReviewBreakdownPanel review={makeReview({})} />);
      expect(screen.getByText("5d1b6a4e-1f0c-4d5e-9a3b-7c2e8f9d0a1b")).toBeInTheDocument();
      const times = document.querySelectorAll("time");
      expect(times[0]).toHaveAttribute("datetime", "2026-03-01T10:00:00.000Z");
      expect(document.body).toHaveTextContent("(3 days ago)");
    } finally {
      vi.useRealTimers();
    }
  });

  test("heading levels follow headingLevel", () => {
    const { container } = render(
      <ReviewBreakdownPanel
        headingLevel={3}
        review={makeReview({ breakdown: { fraud: { decision: "accept" } }, kyc: { validations: {} } })}
      />,
    );
    expect(screen.getByRole("heading", { level: 3 })).toHaveTextContent("Identity review Ron Swanson");
    expect(screen.getByRole("heading", { level: 4, name: "Screening checks" })).toBeInTheDocument();
    expandPassed(container);
    expect(screen.getByRole("heading", { level: 5, name: "Fraud" })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Identity review Ron Swanson" })).toBeInTheDocument();
  });

  test("density and watchlist modes", () => {
    const review = makeReview({
      watch_list: {
        decision: "review",
        matches: [{ list_name: "OFAC SDN", correlation: "likely_match", match_fields: ["name"], urls: [] }],
      },
    });
    const { container, rerender } = render(<ReviewBreakdownPanel review={review} density="compact" />);
    expect(panelRoot(container)).toHaveAttribute("data-density", "compact");
    expect(screen.getByRole("heading", { name: "Watchlist" })).toBeInTheDocument();
    expect(screen.getByText("1 match")).toBeInTheDocument();
    rerender(<ReviewBreakdownPanel review={review} watchlist="details" />);
    expect(screen.getByRole("heading", { name: "Watchlist screening" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "OFAC SDN" })).toBeInTheDocument();
    rerender(<ReviewBreakdownPanel review={review} watchlist="hidden" />);
    expect(screen.queryByRole("heading", { name: /Watchlist/ })).toBeNull();
    // Hidden, but still something a reviewer must look at.
    expect(screen.getByText("1 check needs attention")).toBeInTheDocument();
  });

  test("strings and numbers come from the provider's messages and locale", () => {
    const sandbox = createSandbox();
    const { container } = render(
      <StraddleProvider
        fetcher={sandbox.fetcher}
        locale="de-DE"
        messages={{
          reviewPanel: { title: "Identitätsprüfung" },
          common: { decision: { accept: "Annehmen" } },
        }}
      >
        <ReviewBreakdownPanel
          review={makeReview({ breakdown: { fraud: { decision: "accept", risk_score: 0.912 } } })}
        />
      </StraddleProvider>,
    );
    expect(screen.getByText("Identitätsprüfung")).toBeInTheDocument();
    expandPassed(container);
    expect(screen.getAllByText("Annehmen").length).toBeGreaterThan(0);
    expect(screen.getByRole("meter", { name: "Fraud risk score" })).toHaveAttribute(
      "aria-valuetext",
      "0,912",
    );
  });

  test("renders the maximal review without a provider", () => {
    const { container } = render(<ReviewBreakdownPanel review={maximalReview} />);
    expandPassed(container);
    expect(moduleOrder(container)).toHaveLength(8);
    expect(moduleOrder(container)[0]).toBe("business_evaluation");
    expect(container.querySelectorAll(".sc-ReviewBreakdownPanel-kycItem[data-result='fail']")).toHaveLength(
      5,
    );
  });
});

describe("ReviewBreakdownPanel: fetching by customer id", () => {
  test("loading skeleton, then the review", async () => {
    const { wrapper } = withSandbox({ latency: 20 });
    const { container } = render(<ReviewBreakdownPanel customerId={sandboxIds.reviewIndividualHighRisk} />, {
      wrapper,
    });
    const root = panelRoot(container);
    expect(root).toHaveAttribute("data-state", "loading");
    expect(root).toHaveAttribute("aria-busy", "true");
    expect(screen.getByRole("status")).toHaveTextContent("Loading the identity review…");
    await screen.findByText("Tom Haverford");
    expect(panelRoot(container)).toHaveAttribute("data-state", "ready");
    expect(panelRoot(container)).not.toHaveAttribute("aria-busy");
    expect(moduleOrder(container).slice(0, 2)).toEqual(["fraud", "synthetic"]);
  });

  test("a 404 says the customer does not exist, with nothing to try again", async () => {
    const { wrapper, sandbox } = withSandbox();
    const { container } = render(<ReviewBreakdownPanel customerId="00000000-0000-4000-8000-00000000dead" />, {
      wrapper,
    });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("This customer does not exist");
    expect(within(alert).queryByRole("button")).toBeNull();
    expect(panelRoot(container)).toHaveAttribute("data-error", "notFound");
    expect(sandbox.requests.filter((r) => r.endpoint === "customers.review.get")).toHaveLength(1);
  });

  test("a 403 says the account cannot see the customer, with nothing to try again", async () => {
    const { wrapper } = withSandbox({
      failures: [{ endpoint: "customers.review.get", status: 403, times: 10 }],
    });
    const { container } = render(<ReviewBreakdownPanel customerId={sandboxIds.verifiedIndividual} />, {
      wrapper,
    });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Your account cannot see this customer");
    expect(within(alert).queryByRole("button", { name: "Try again" })).toBeNull();
    expect(panelRoot(container)).toHaveAttribute("data-error", "forbidden");
  });

  test("an error with a retry that loads the review", async () => {
    const { wrapper, sandbox } = withSandbox({
      failures: [{ endpoint: "customers.review.get", status: 400, times: 1 }],
    });
    const { container } = render(<ReviewBreakdownPanel customerId={sandboxIds.verifiedIndividual} />, {
      wrapper,
    });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The identity review could not be loaded");
    expect(alert).toHaveTextContent("The server could not return the review.");
    expect(alert).toHaveTextContent(/Request id: /);
    expect(panelRoot(container)).toHaveAttribute("data-state", "error");
    await userEvent.click(within(alert).getByRole("button", { name: "Try again" }));
    await screen.findByText("Leslie Knope");
    expect(sandbox.requests.filter((r) => r.endpoint === "customers.review.get")).toHaveLength(2);
  });

  test("a pending customer: checks are running, and 'Check again' refetches", async () => {
    const { wrapper, sandbox } = withSandbox();
    render(<ReviewBreakdownPanel customerId={sandboxIds.pendingNoDetails} />, { wrapper });
    await screen.findByText("Checks are running");
    await userEvent.click(screen.getByRole("button", { name: "Check again" }));
    await waitFor(() =>
      expect(sandbox.requests.filter((r) => r.endpoint === "customers.review.get").length).toBe(2),
    );
  });

  test("refresh review: progress announced politely, then the new review", async () => {
    // The new review needs ~1.5 s, so the second click below lands while the first is pending.
    const { wrapper, sandbox } = withSandbox({ refreshDelayMs: 1500 });
    const onRefreshed = vi.fn();
    render(
      <ReviewBreakdownPanel
        customerId={sandboxIds.verifiedIndividual}
        allowRefresh
        onRefreshed={onRefreshed}
      />,
      { wrapper },
    );
    await screen.findByText("Leslie Knope");
    const firstId = document.querySelector(".sc-ReviewBreakdownPanel-id")?.textContent;
    const button = screen.getByRole("button", { name: "Refresh review" });
    await userEvent.click(button);
    expect(button).toHaveAttribute("aria-disabled", "true");
    expect(screen.getByText("Refreshing the review…")).toHaveAttribute("role", "status");
    // A second click while pending sends nothing.
    await userEvent.click(button);
    await screen.findByText("The review was refreshed.", undefined, { timeout: 10_000 });
    expect(onRefreshed).toHaveBeenCalledWith(expect.objectContaining({ updated: true }));
    expect(document.querySelector(".sc-ReviewBreakdownPanel-id")?.textContent).not.toBe(firstId);
    expect(sandbox.requests.filter((r) => r.endpoint === "customers.review.refresh_review")).toHaveLength(1);
  });

  test("no refresh button unless allowed", async () => {
    const { wrapper } = withSandbox();
    render(<ReviewBreakdownPanel customerId={sandboxIds.verifiedIndividual} />, { wrapper });
    await screen.findByText("Leslie Knope");
    expect(screen.queryByRole("button", { name: "Refresh review" })).toBeNull();
  });
});
