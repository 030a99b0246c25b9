import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, test, vi } from "vitest";
import { decideCustomerReview } from "../../src/api/endpoints";
import { ReviewQueue, type ReviewQueueProps } from "../../src/index";
import { sandboxIds } from "../../src/sandbox";
import { type Harness, setup } from "../hooks/harness";

vi.setConfig({ testTimeout: 30_000 });

const first = sandboxIds.reviewIndividualHighRisk; // Tom Haverford
const second = sandboxIds.reviewBusiness; // Entertainment 720 Inc
const third = sandboxIds.individualWatchlist; // Lucius Vandermeer

function renderQueue(props: ReviewQueueProps = {}, h: Harness = setup()) {
  const view = render(
    <h.wrapper>
      <label>
        Host search
        <input type="text" />
      </label>
      <button type="button">Host action</button>
      <ReviewQueue {...props} />
    </h.wrapper>,
  );
  return { h, view };
}

const root = () => document.querySelector(".sc-ReviewQueue") as HTMLElement;
const patches = (h: Harness) => h.calls.filter((call) => call.method === "PATCH");

/** The current customer's name heading, once its panel is ready. */
async function showing(name: string) {
  await screen.findByRole("heading", { name });
  await waitFor(() =>
    expect(document.querySelector(".sc-ReviewBreakdownPanel")).toHaveAttribute("data-state", "ready"),
  );
}

describe("ReviewQueue", () => {
  test("where the queue stands, the current customer, its review and watchlist, the shortcuts", async () => {
    const user = userEvent.setup();
    renderQueue();
    expect(root()).toHaveAttribute("data-state", "loading");
    await showing("Tom Haverford");
    expect(screen.getByText("1 of 25 in review")).toBeInTheDocument();
    expect(root()).toHaveAttribute("data-state", "ready");
    expect(document.querySelector(".sc-WatchlistMatches")).not.toBeNull();
    expect(screen.getByRole("radio", { name: /Verify/ })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Previous" })).toBeDisabled();
    // The shortcuts are listed on screen beside the decision…
    const legend = screen.getByRole("region", { name: "Shortcuts" });
    for (const text of [
      "Next customer",
      "Previous customer",
      "Choose Verify",
      "Choose Reject",
      "Write a note",
    ])
      expect(legend).toHaveTextContent(text);
    // …every one is also a button; the full sheet opens with ? or the button.
    const sheetButton = screen.getByRole("button", { name: "Keyboard shortcuts" });
    expect(sheetButton).toHaveAttribute("aria-expanded", "false");
    await user.keyboard("?");
    expect(sheetButton).toHaveAttribute("aria-expanded", "true");
    const sheet = screen.getByRole("region", { name: "Keyboard shortcuts" });
    expect(sheet).toHaveTextContent("Next customer");
    expect(sheet).toHaveTextContent("Choose Verify");
    expect(sheet).toHaveTextContent(/J or →Right arrow/);
    await user.click(screen.getByRole("button", { name: "Close" }));
    expect(sheetButton).toHaveAttribute("aria-expanded", "false");
  });

  test("J after the prefetch: the next customer's panel is in the DOM with zero new requests", async () => {
    const user = userEvent.setup();
    const { h } = renderQueue();
    await showing("Tom Haverford");
    await waitFor(() => expect(h.count("GET", `/v1/customers/${second}/review`)).toBe(1));
    await waitFor(() => expect(h.queryClient.isFetching()).toBe(0));
    const before = h.calls.length;
    await user.keyboard("j");
    expect(screen.getByRole("heading", { name: "Entertainment 720 Inc" })).toBeInTheDocument();
    expect(document.querySelector(".sc-ReviewBreakdownPanel")).toHaveAttribute("data-state", "ready");
    expect(screen.getByText("2 of 25 in review")).toBeInTheDocument();
    expect(h.calls.slice(before).filter((call) => call.path.includes(second))).toEqual([]);
    // The arrow keys and the buttons do the same.
    await user.keyboard("{ArrowLeft}");
    expect(screen.getByText("1 of 25 in review")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(screen.getByText("2 of 25 in review")).toBeInTheDocument();
    await user.keyboard("k");
    expect(screen.getByText("1 of 25 in review")).toBeInTheDocument();
  });

  test("three decisions by keyboard: one PATCH each, the decided customers leave the queue", async () => {
    const user = userEvent.setup();
    const onDecided = vi.fn();
    const { h } = renderQueue({ onDecided });
    await showing("Tom Haverford");

    await user.keyboard("v");
    expect(screen.getByText("Verify Tom Haverford?")).toBeInTheDocument();
    expect(screen.getByText("This cannot be undone from here.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Verify customer" })).toHaveFocus();
    await user.keyboard("{Enter}");
    await showing("Entertainment 720 Inc");
    expect(patches(h)).toHaveLength(1);
    expect(patches(h)[0]).toMatchObject({
      path: `/v1/customers/${first}/review`,
      body: { status: "verified" },
    });
    expect(onDecided).toHaveBeenCalledWith(expect.objectContaining({ id: first, status: "verified" }), {
      status: "verified",
      note: undefined,
      dispositions: {},
    });
    expect(screen.getByText("1 of 24 in review")).toBeInTheDocument();
    // The focus follows to the new customer's name.
    expect(screen.getByRole("heading", { name: "Entertainment 720 Inc" })).toHaveFocus();

    // A note (N focuses it), then reject.
    await user.keyboard("n");
    expect(screen.getByLabelText("Reviewer note (optional)")).toHaveFocus();
    await user.keyboard("Shell company");
    await user.click(document.body);
    await user.keyboard("r");
    expect(screen.getByText("Reject Entertainment 720 Inc?")).toBeInTheDocument();
    await user.keyboard("{Enter}");
    await showing("Lucius Vandermeer");
    expect(patches(h)).toHaveLength(2);
    expect(onDecided).toHaveBeenLastCalledWith(expect.objectContaining({ id: second, status: "rejected" }), {
      status: "rejected",
      note: "Shell company",
      dispositions: {},
    });

    // Escape goes back from the confirmation; nothing is sent.
    await user.keyboard("v");
    await user.keyboard("{Escape}");
    expect(screen.queryByText("Verify Lucius Vandermeer?")).toBeNull();
    expect(patches(h)).toHaveLength(2);
    await user.keyboard("v{Enter}");
    await waitFor(() => expect(patches(h)).toHaveLength(3));
    await screen.findByText("1 of 22 in review");
    expect(patches(h).map((call) => call.path)).toEqual([
      `/v1/customers/${first}/review`,
      `/v1/customers/${second}/review`,
      `/v1/customers/${third}/review`,
    ]);
    // previous() cannot bring a decided customer back.
    expect(screen.getByRole("button", { name: "Previous" })).toBeDisabled();
  });

  test("no shortcut fires while typing in a field: the note, a host input", async () => {
    const user = userEvent.setup();
    const { h } = renderQueue();
    await showing("Tom Haverford");
    await user.click(screen.getByLabelText("Reviewer note (optional)"));
    await user.keyboard("jkvrn?{ArrowRight}");
    expect(screen.getByLabelText("Reviewer note (optional)")).toHaveValue("jkvrn?");
    await user.click(screen.getByRole("textbox", { name: "Host search" }));
    await user.keyboard("jv?");
    expect(screen.getByRole("textbox", { name: "Host search" })).toHaveValue("jv?");
    expect(screen.getByText("1 of 25 in review")).toBeInTheDocument();
    expect(screen.queryByText(/^Verify Tom Haverford\?$/)).toBeNull();
    expect(screen.getByRole("button", { name: "Keyboard shortcuts" })).toHaveAttribute(
      "aria-expanded",
      "false",
    );
    // Focus on the host's own button (not a field): the shortcuts work.
    await user.click(screen.getByRole("button", { name: "Host action" }));
    await user.keyboard("j");
    expect(screen.getByText("2 of 25 in review")).toBeInTheDocument();
    await user.keyboard("k");
    expect(screen.getByText("1 of 25 in review")).toBeInTheDocument();
    // A radio's arrows are its own; its letters are still shortcuts.
    await user.click(screen.getByRole("radio", { name: /Verify/ }));
    await user.keyboard("{ArrowRight}");
    expect(screen.getByText("1 of 25 in review")).toBeInTheDocument();
    expect(patches(h)).toEqual([]);
    await user.keyboard("r");
    expect(screen.getByText("Reject Tom Haverford?")).toBeInTheDocument();
    expect(patches(h)).toEqual([]);
  });

  test("a customer decided elsewhere meanwhile: the 422 skips it with a message, it is never decided twice", async () => {
    const user = userEvent.setup();
    const onDecided = vi.fn();
    const { h } = renderQueue({ onDecided });
    await showing("Tom Haverford");
    await decideCustomerReview({ fetcher: h.sandbox.fetcher }, first, { status: "rejected" });
    await user.keyboard("v{Enter}");
    await showing("Entertainment 720 Inc");
    expect(
      await screen.findByText("Tom Haverford was decided elsewhere meanwhile and was skipped."),
    ).toBeInTheDocument();
    expect(patches(h)).toHaveLength(1);
    expect(onDecided).not.toHaveBeenCalled();
    expect(screen.getByText("1 of 24 in review")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByText(/decided elsewhere/)).toBeNull();
    expect(patches(h)).toHaveLength(1);
  });

  test("shortcuts can be remapped, or turned off", async () => {
    const user = userEvent.setup();
    const { view } = renderQueue({ shortcuts: { next: ["x"], verify: null } });
    await showing("Tom Haverford");
    await user.keyboard("j");
    expect(screen.getByText("1 of 25 in review")).toBeInTheDocument();
    await user.keyboard("v");
    expect(screen.queryByText("Verify Tom Haverford?")).toBeNull();
    await user.keyboard("x");
    expect(screen.getByText("2 of 25 in review")).toBeInTheDocument();
    view.unmount();

    renderQueue({ shortcuts: false });
    await showing("Tom Haverford");
    await user.keyboard("j?");
    expect(screen.getByText("1 of 25 in review")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Keyboard shortcuts" }));
    expect(screen.getByText("Keyboard shortcuts are turned off.")).toBeInTheDocument();
  });

  test("empty: Nothing to review, with the count decided since the queue opened", async () => {
    const user = userEvent.setup();
    // Only Tom Haverford was created by then.
    renderQueue({ created_to: "2026-01-06" });
    await showing("Tom Haverford");
    expect(screen.getByText("1 of 1 in review")).toBeInTheDocument();
    await user.keyboard("r{Enter}");
    expect(await screen.findByText("Nothing to review")).toBeInTheDocument();
    expect(screen.getByText("1 customer decided since the queue opened.")).toBeInTheDocument();
    expect(root()).toHaveAttribute("data-state", "empty");
    expect(root()).toHaveAttribute("data-total", "0");
  });

  test("an empty queue from the start", async () => {
    renderQueue({ created_to: "2000-01-01" });
    expect(await screen.findByText("Nothing to review")).toBeInTheDocument();
    expect(screen.getByText("No customer was decided since the queue opened.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Next" })).toBeDisabled();
  });

  test("onOpenCustomer gets the current id; the load error offers a retry", async () => {
    const user = userEvent.setup();
    const onOpenCustomer = vi.fn();
    const h = setup({}, { retry: { count: 0 } });
    h.sandbox.fail("customers.list", { status: 500 });
    renderQueue({ onOpenCustomer }, h);
    expect(await screen.findByText("The review queue could not be loaded")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Try again" }));
    await showing("Tom Haverford");
    await user.click(screen.getByRole("button", { name: "Open customer" }));
    expect(onOpenCustomer).toHaveBeenCalledWith(first);
  });

  test("autoAdvance off: the decision stays on screen with a Next customer button", async () => {
    const user = userEvent.setup();
    renderQueue({ autoAdvance: false });
    await showing("Tom Haverford");
    await user.keyboard("v{Enter}");
    expect(await screen.findByText("Decided: this customer is now verified.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Next customer" }));
    await showing("Entertainment 720 Inc");
  });

  test("a later page that fails: the queue goes on, says so, and retries", async () => {
    const user = userEvent.setup();
    const h = setup({}, { retry: { count: 0 } });
    renderQueue({ page_size: 5, prefetch: false }, h);
    await showing("Tom Haverford");
    h.sandbox.fail("customers.list", { status: 500 });
    // At the third of five loaded customers, fewer than the lookahead follow: page 2 is asked for.
    await user.keyboard("jj");
    await screen.findByText("More customers in review could not be loaded.");
    expect(screen.getByText("3 of 25 in review")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Try again" }));
    await waitFor(() =>
      expect(screen.queryByText("More customers in review could not be loaded.")).toBeNull(),
    );
    await user.keyboard("jjj");
    expect(screen.getByText("6 of 25 in review")).toBeInTheDocument();
  });

  test("the reviewer's judgement of the watchlist hits reaches onDecided with the decision", async () => {
    const user = userEvent.setup();
    const onDecided = vi.fn();
    renderQueue({ onDecided, currentId: sandboxIds.individualWatchlist });
    const hits = await screen.findByRole("list", { name: "Matches" }, { timeout: 10_000 });
    const cards = within(hits)
      .getAllByRole("listitem")
      .filter((item) => item.matches(".sc-WatchlistMatches-match"));
    expect(cards.length).toBe(3);
    await user.click(within(cards[0] as HTMLElement).getByRole("radio", { name: "Possible match" }));
    await user.click(within(cards[1] as HTMLElement).getByRole("radio", { name: "Not a match" }));
    await user.keyboard("r{Enter}");
    await waitFor(() => expect(onDecided).toHaveBeenCalledTimes(1));
    const details = onDecided.mock.calls[0]?.[1];
    expect(details.status).toBe("rejected");
    expect(Object.values(details.dispositions).sort()).toEqual(["not_a_match", "possible_match"]);
  });
});
