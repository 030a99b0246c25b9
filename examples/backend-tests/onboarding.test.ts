// @vitest-environment node
// The host's backend tests, offline: the official SDK talks to the embedded sandbox through the
// sandbox's `fetch`. No server, no network, no API key; every test gets a fresh sandbox.
import { Straddle } from "@straddlecom/straddle";
import { createSandbox } from "straddle-customers-react/sandbox";
import { describe, expect, it } from "vitest";
import { decide, onboardUser, type PlatformUser, reviewQueue } from "./onboarding";

function offline() {
  const sandbox = createSandbox({ seed: false });
  const client = new Straddle({ apiKey: "sk_test_offline", fetch: sandbox.fetch });
  return { sandbox, client };
}

const leslie: PlatformUser = {
  id: "user_0001",
  name: "Leslie Knope",
  email: "leslie@pawnee.example.gov",
  phone: "+13175550101",
  ipAddress: "203.0.113.10",
  dob: "1975-01-18",
  ssn: "512-44-8721",
};

describe("onboarding against the sandbox", () => {
  it("onboards a clean applicant as approved, with the user's id as external_id", async () => {
    const { sandbox, client } = offline();
    const result = await onboardUser(client, leslie);
    expect(result.state).toBe("approved");
    expect(sandbox.store.get(result.customerId)?.external_id).toBe("user_0001");
  });

  it("runs twice without creating a second customer (Idempotency-Key from the user)", async () => {
    const { sandbox, client } = offline();
    const first = await onboardUser(client, leslie);
    const again = await onboardUser(client, leslie);
    expect(again.customerId).toBe(first.customerId);
    expect(sandbox.store.size).toBe(1);
  });

  it("survives a Straddle outage: the SDK retries the 503 with the same key", async () => {
    const { sandbox, client } = offline();
    sandbox.fail("customers.create", { status: 503, times: 1, retryAfterSeconds: 0 });
    const result = await onboardUser(client, leslie);
    expect(result.state).toBe("approved");
    const keys = sandbox.requestsTo("customers.create").map((request) => request.headers["idempotency-key"]);
    expect(keys).toEqual(["onboard-user_0001", "onboard-user_0001"]);
  });

  it("sends a watchlist hit to review, lists it in the queue and lets compliance approve it", async () => {
    const { client } = offline();
    // The sandbox screens by deterministic rules (standardScreeningRules): a name containing
    // "Watchlist" is a watchlist review, one containing "Sanction" a confirmed match.
    const wally = { ...leslie, id: "user_0002", name: "Wally Watchlist", email: "wally@example.com" };
    const flagged = await onboardUser(client, wally);
    expect(flagged.state).toBe("in_review");
    expect(await reviewQueue(client)).toEqual([{ id: flagged.customerId, name: "Wally Watchlist" }]);
    expect(await decide(client, flagged.customerId, true)).toEqual({
      state: "approved",
      customerId: flagged.customerId,
    });
    expect(await reviewQueue(client)).toEqual([]);
    await expect(decide(client, flagged.customerId, false)).rejects.toThrow("not waiting for a decision");
  });

  it("declines a sanctioned applicant", async () => {
    const { client } = offline();
    const sam = { ...leslie, id: "user_0003", name: "Sam Sanction", email: "sam@example.com" };
    expect((await onboardUser(client, sam)).state).toBe("declined");
  });
});
