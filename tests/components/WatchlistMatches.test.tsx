import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import type { WatchList, WatchListMatch } from "../../src/api/schemas/review";
import { ReviewBreakdownPanel } from "../../src/components/ReviewBreakdownPanel/ReviewBreakdownPanel";
import { inertText, safeUrl } from "../../src/components/shared/safeUrl";
import { WatchlistMatches } from "../../src/components/WatchlistMatches/WatchlistMatches";
import { sandboxIds } from "../../src/sandbox";
import { withSandbox } from "../support/withSandbox";
import { goodUrls, hostileUrls } from "./urlCorpus";

const match = (overrides: Partial<WatchListMatch> = {}): WatchListMatch => ({
  list_name: "OFAC Specially Designated Nationals (SDN)",
  correlation: "likely_match",
  match_fields: ["name", "dob"],
  urls: ["https://sanctionssearch.ofac.treas.gov/Details.aspx?id=10101"],
  ...overrides,
});

const rootOf = (container: HTMLElement) => container.querySelector(".sc-WatchlistMatches") as HTMLElement;
const items = (container: HTMLElement) => [
  ...container.querySelectorAll<HTMLElement>(".sc-WatchlistMatches-match"),
];

describe("WatchlistMatches: URLs", () => {
  test("the hostile corpus renders as inert text; only http(s) URLs become links", () => {
    const watchList: WatchList = {
      decision: "review",
      matches: [match({ urls: [...hostileUrls, ...goodUrls.map((good) => good.url)] })],
    };
    const { container } = render(<WatchlistMatches watchList={watchList} />);
    // More than 50 sources: the rest are one "Show all" away.
    fireEvent.click(screen.getByRole("button", { name: /^Show all/ }));
    const links = screen.getAllByRole("link");
    expect(links).toHaveLength(goodUrls.length);
    links.forEach((link, index) => {
      const good = goodUrls[index];
      if (!good) throw new Error("more links than good URLs");
      expect(link).toHaveAttribute("href", safeUrl(good.url)?.href);
      expect(link).toHaveAttribute("target", "_blank");
      expect(link).toHaveAttribute("rel", "noopener noreferrer");
      expect(link).toHaveAccessibleName(`${good.host} (opens in a new tab)`);
    });
    // Not one anchor (or anything else) carries a hostile URL as an attribute.
    for (const element of container.querySelectorAll("*")) {
      for (const attribute of element.attributes) {
        expect(attribute.value).not.toMatch(/^\s*(javascript|data|vbscript|file):/i);
      }
    }
    const inert = [...container.querySelectorAll<HTMLElement>(".sc-WatchlistMatches-inert")];
    expect(inert).toHaveLength(hostileUrls.length);
    inert.forEach((element, index) => {
      const url = hostileUrls[index] ?? "";
      const text = element.querySelector(".sc-WatchlistMatches-inertText")?.textContent;
      expect(text).toBe(url === "" ? "(empty)" : inertText(url));
      expect(element).toHaveTextContent("(not a web link)");
    });
    expect(container.querySelector("script, img, svg:not(.sc-Icon), b")).toBeNull();
  });

  test("hostile list names and fields stay text", () => {
    render(
      <WatchlistMatches
        watchList={{
          matched: ["<img src=x onerror=alert(1)>"],
          matches: [match({ list_name: "<script>alert('list')</script>", match_fields: ["<b>dob</b>"] })],
        }}
      />,
    );
    expect(screen.getByRole("heading", { name: "<script>alert('list')</script>" })).toBeInTheDocument();
    expect(screen.getByText("<b>dob</b>")).toBeInTheDocument();
    expect(screen.getByText("<img src=x onerror=alert(1)>")).toBeInTheDocument();
  });
});

describe("WatchlistMatches: summary, order and collapse", () => {
  test("summary: decision, count, matched lists and explained codes", () => {
    const { container } = render(
      <WatchlistMatches
        watchList={{
          decision: "review",
          codes: ["R930"],
          matched: ["OFAC SDN", "UN List"],
          matches: [match({ list_name: "OFAC SDN" }), match({ list_name: "UN List" })],
        }}
        codeMessages={{ R930: "Potential match on a sanctions list" }}
      />,
    );
    const root = rootOf(container);
    expect(root).toHaveAttribute("data-decision", "review");
    expect(root).toHaveAttribute("data-count", "2");
    expect(screen.getByText("Review")).toBeInTheDocument();
    expect(screen.getByText("2 matches")).toBeInTheDocument();
    expect(screen.getByText("R930")).toHaveAccessibleDescription("Potential match on a sanctions list");
    const summary = container.querySelector(".sc-WatchlistMatches-summary") as HTMLElement;
    expect(within(summary).getByText("OFAC SDN")).toBeInTheDocument();
  });

  test("strongest correlation first, unknown and missing last, API order otherwise", () => {
    const { container } = render(
      <WatchlistMatches
        watchList={{
          matches: [
            match({ list_name: "A", correlation: "low_confidence" }),
            match({ list_name: "B", correlation: "match" }),
            match({ list_name: "C", correlation: "high_confidence" }),
            match({ list_name: "D", correlation: "potential_match" }),
            match({ list_name: "E", correlation: "high_confidence" }),
            match({ list_name: "F", correlation: null }),
          ],
        }}
        collapseAfter={10}
      />,
    );
    expect(items(container).map((item) => item.querySelector("h3")?.textContent)).toEqual([
      "C",
      "E",
      "D",
      "A",
      "B",
      "F",
    ]);
    expect(screen.getByText("Unknown (match)")).toBeInTheDocument();
  });

  test("many matches collapse after N with show all / show fewer", async () => {
    const matches = Array.from({ length: 24 }, (_, i) => match({ list_name: `List ${i + 1}` }));
    const { container } = render(<WatchlistMatches watchList={{ matches }} collapseAfter={8} />);
    expect(items(container)).toHaveLength(8);
    const toggle = screen.getByRole("button", { name: "Show all 24" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(toggle).toHaveAttribute("aria-controls", screen.getByRole("list", { name: "Matches" }).id);
    await userEvent.click(toggle);
    expect(items(container)).toHaveLength(24);
    await userEvent.click(screen.getByRole("button", { name: "Show fewer" }));
    expect(items(container)).toHaveLength(8);
  });

  test("no toggle when everything fits", () => {
    render(<WatchlistMatches watchList={{ matches: [match(), match()] }} />);
    expect(screen.queryByRole("button")).toBeNull();
  });
});

describe("WatchlistMatches: empty and absent parts", () => {
  test.each([
    ["no matches", { decision: "accept", codes: ["I420"], matched: [], matches: [] } satisfies WatchList],
    ["every field null", { decision: null, codes: null, matched: null, matches: null } satisfies WatchList],
  ])("%s: 'No watchlist matches'", (_, watchList) => {
    const { container } = render(<WatchlistMatches watchList={watchList} />);
    expect(screen.getByText("No watchlist matches")).toBeInTheDocument();
    expect(screen.getByText("No matches")).toBeInTheDocument();
    expect(rootOf(container)).toHaveAttribute("data-count", "0");
  });

  test("no watch list at all", () => {
    render(<WatchlistMatches watchList={undefined} />);
    expect(screen.getByText("No watchlist matches")).toBeInTheDocument();
    expect(screen.queryByText("Review")).toBeNull();
  });

  test("a match with every field null", () => {
    render(
      <WatchlistMatches
        watchList={{ matches: [{ list_name: null, correlation: null, match_fields: null, urls: null }] }}
      />,
    );
    expect(screen.getByRole("heading", { name: "Unnamed list" })).toBeInTheDocument();
    expect(screen.getByText("No fields reported")).toBeInTheDocument();
    expect(screen.getByText("No sources")).toBeInTheDocument();
    expect(screen.getByText("Not reported")).toBeInTheDocument();
  });

  test("only `matched`, no `matches`: the count and the lists still show", () => {
    render(<WatchlistMatches watchList={{ decision: "review", matched: ["Interpol Red Notices"] }} />);
    expect(screen.getByText("1 match")).toBeInTheDocument();
    expect(screen.getByText("Interpol Red Notices")).toBeInTheDocument();
  });
});

describe("WatchlistMatches: fetching by customer id", () => {
  test("loads the matches, sharing the panel's request", async () => {
    const { wrapper, sandbox } = withSandbox({ latency: 10 });
    const { container } = render(
      <>
        <ReviewBreakdownPanel customerId={sandboxIds.businessWatchlist} watchlist="hidden" />
        <WatchlistMatches customerId={sandboxIds.businessWatchlist} />
      </>,
      { wrapper },
    );
    expect(rootOf(container)).toHaveAttribute("aria-busy", "true");
    await screen.findByText("5 matches");
    expect(items(container)).toHaveLength(5);
    expect(sandbox.requests.filter((r) => r.endpoint === "customers.review.get")).toHaveLength(1);
  });

  test("a 403 says the account cannot see the customer, with nothing to try again", async () => {
    const { wrapper } = withSandbox({
      failures: [{ endpoint: "customers.review.get", status: 403, times: 10 }],
    });
    const { container } = render(<WatchlistMatches customerId={sandboxIds.businessWatchlist} />, { wrapper });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Your account cannot see this customer");
    expect(within(alert).queryByRole("button")).toBeNull();
    expect(rootOf(container)).toHaveAttribute("data-error", "forbidden");
  });

  test("a 404 says the customer does not exist", async () => {
    const { wrapper } = withSandbox();
    const { container } = render(<WatchlistMatches customerId="00000000-0000-4000-8000-00000000dead" />, {
      wrapper,
    });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("This customer does not exist");
    expect(within(alert).queryByRole("button")).toBeNull();
    expect(rootOf(container)).toHaveAttribute("data-error", "notFound");
  });

  test("error with retry", async () => {
    const { wrapper } = withSandbox({
      failures: [{ endpoint: "customers.review.get", status: 400, times: 1 }],
    });
    render(<WatchlistMatches customerId={sandboxIds.businessWatchlist} />, { wrapper });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The watchlist screening could not be loaded");
    await userEvent.click(within(alert).getByRole("button", { name: "Try again" }));
    await screen.findByText("5 matches");
  });

  test("pending customer", async () => {
    const { wrapper } = withSandbox();
    const { container } = render(<WatchlistMatches customerId={sandboxIds.pendingNoDetails} />, { wrapper });
    await screen.findByText("No watchlist screening results yet.");
    expect(rootOf(container)).toHaveAttribute("data-state", "pending");
  });
});

describe("WatchlistMatches: hits a reviewer can judge", () => {
  const customer = {
    id: "0f3c8a5e-2b7d-4c1e-9a6f-8d4b2e7c1a90",
    created_at: "2026-03-01T10:00:00Z",
    updated_at: "2026-03-01T10:00:00Z",
    name: "Tom Haverford",
    email: "tom@example.com",
    phone: "+13175550100",
    status: "review" as const,
    type: "individual" as const,
    compliance_profile: { dob: "****-**-**", ssn: "***-**-****" },
  };
  const watchList: WatchList = {
    decision: "review",
    matches: [
      match({ list_name: "PEP", correlation: "low_confidence", match_fields: ["name"] }),
      match({
        list_name: "OFAC SDN",
        correlation: "high_confidence",
        match_fields: ["name", "dob", "odd_field"],
      }),
      match({ list_name: "Adverse media", correlation: "potential_match", match_fields: ["email"] }),
    ],
  };

  test("one card per hit, strongest first, fields with human labels beside the customer's own value", () => {
    const { container } = render(<WatchlistMatches watchList={watchList} customer={customer} />);
    expect(items(container).map((item) => item.dataset.strength)).toEqual(["4", "2", "1"]);
    const ofac = items(container)[0] as HTMLElement;
    expect(within(ofac).getByRole("heading", { name: "OFAC SDN" })).toBeInTheDocument();
    expect(within(ofac).getByText("Strength 4 of 4")).toBeInTheDocument();
    const rows = within(ofac).getAllByRole("row").slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      "NameTom Haverford",
      "Date of birth****-**-** (masked)",
      "odd_fieldNot on file",
    ]);
    const media = items(container)[1] as HTMLElement;
    expect(within(media).getByRole("rowheader", { name: "Email" })).toBeInTheDocument();
    expect(within(media).getByRole("cell", { name: "tom@example.com" })).toBeInTheDocument();
  });

  test("dispositions are reported with every judgement so far, and summed up in the head", async () => {
    const user = userEvent.setup();
    const changes: unknown[] = [];
    const { container } = render(
      <WatchlistMatches
        watchList={watchList}
        customer={customer}
        onDispositionChange={(dispositions, change) => changes.push({ dispositions, change })}
      />,
    );
    expect(screen.getByText("0 of 3 hits cleared")).toBeInTheDocument();
    const [ofac, media] = items(container) as [HTMLElement, HTMLElement];
    await user.click(within(ofac).getByRole("radio", { name: "Confirmed match" }));
    await user.click(within(media).getByRole("radio", { name: "Not a match" }));
    expect(changes).toEqual([
      { dispositions: { "1": "confirmed_match" }, change: { key: "1", disposition: "confirmed_match" } },
      {
        dispositions: { "1": "confirmed_match", "2": "not_a_match" },
        change: { key: "2", disposition: "not_a_match" },
      },
    ]);
    expect(screen.getByText("1 of 3 hits cleared · 1 confirmed")).toBeInTheDocument();
    expect(
      within(ofac).getByRole("group", { name: "Your judgement of the hit on OFAC SDN" }),
    ).toBeInTheDocument();
  });

  test("controlled: the dispositions prop is what is shown", () => {
    const { rerender } = render(
      <WatchlistMatches watchList={watchList} dispositions={{ "0": "not_a_match", "2": "not_a_match" }} />,
    );
    expect(screen.getByText("2 of 3 hits cleared")).toBeInTheDocument();
    rerender(<WatchlistMatches watchList={watchList} dispositions={{}} />);
    expect(screen.getByText("0 of 3 hits cleared")).toBeInTheDocument();
    expect(screen.getAllByRole("radio")).toHaveLength(9);
    expect(screen.queryAllByRole("radio", { checked: true })).toHaveLength(0);
  });
});
