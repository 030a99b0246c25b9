import { describe, expect, test } from "vitest";
import { StraddleProvider } from "../../src/hooks";
import { ReviewQueue } from "../../src/index";
import { createSandbox } from "../../src/sandbox";
import { countingFetcher, expectCleanHydration, type Side } from "./helpers";

describe("ReviewQueue on the server", () => {
  test("renders its loading state without fetching, hydrates cleanly, then loads in the browser", async () => {
    const sandbox = createSandbox();
    const fetchers = { server: countingFetcher(sandbox.fetcher), client: countingFetcher(sandbox.fetcher) };
    const { html, container } = await expectCleanHydration(
      (side: Side) => (
        <StraddleProvider fetcher={fetchers[side].fetcher} locale="en-US" timeZone="UTC">
          <ReviewQueue />
        </StraddleProvider>
      ),
      { until: (root) => (root.textContent ?? "").includes("1 of 25 in review") },
    );
    expect(html).toContain('data-state="loading"');
    expect(html).not.toContain("in review");
    expect(fetchers.server.calls).toEqual([]);
    expect(fetchers.client.calls.length).toBeGreaterThan(0);
    expect(container).toHaveTextContent("Tom Haverford");
  });
});
