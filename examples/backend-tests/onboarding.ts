// A host's own server code, written against the official Straddle SDK. Nothing here knows about
// the sandbox: in production `client` is `new Straddle({ apiKey: process.env.STRADDLE_API_KEY })`;
// its tests (onboarding.test.ts) hand it a client whose `fetch` is the embedded sandbox.
import type { Straddle } from "@straddlecom/straddle";

/** A user of the host's platform, as its own database knows them. */
export interface PlatformUser {
  id: string;
  name: string;
  email: string;
  phone: string;
  ipAddress: string;
  dob?: string;
  ssn?: string;
}

export type OnboardingResult =
  | { state: "approved"; customerId: string }
  | { state: "in_review"; customerId: string }
  | { state: "declined"; customerId: string }
  | { state: "pending"; customerId: string };

function stateOf(status: Straddle.CustomerV1["data"]["status"]): OnboardingResult["state"] {
  if (status === "verified") return "approved";
  if (status === "review") return "in_review";
  if (status === "rejected" || status === "inactive") return "declined";
  return "pending";
}

/**
 * Creates the user's Straddle customer. The Idempotency-Key is derived from the user, so a retry
 * (the SDK's own, or a job queue running the step twice) can never create a second customer.
 */
export async function onboardUser(client: Straddle, user: PlatformUser): Promise<OnboardingResult> {
  const { data } = await client.customers.create({
    type: "individual",
    name: user.name,
    email: user.email,
    phone: user.phone,
    device: { ip_address: user.ipAddress },
    external_id: user.id,
    compliance_profile: user.dob && user.ssn ? { dob: user.dob, ssn: user.ssn } : null,
    "Idempotency-Key": `onboard-${user.id}`,
  });
  return { state: stateOf(data.status), customerId: data.id };
}

/** The host's compliance queue: customers waiting for a decision, oldest first. */
export async function reviewQueue(client: Straddle): Promise<{ id: string; name: string }[]> {
  const queue: { id: string; name: string }[] = [];
  const pages = client.customers.list({
    status: ["review"],
    sort_by: "created_at",
    sort_order: "asc",
    page_size: 50,
  });
  for await (const customer of pages) queue.push({ id: customer.id, name: customer.name });
  return queue;
}

/** A compliance officer's decision; refuses to decide a customer that is not in review. */
export async function decide(
  client: Straddle,
  customerId: string,
  approve: boolean,
): Promise<OnboardingResult> {
  const review = await client.customers.review.get(customerId);
  if (review.data.customer_details.status !== "review") {
    throw new Error(`Customer ${customerId} is not waiting for a decision.`);
  }
  const { data } = await client.customers.review.decision(customerId, {
    status: approve ? "verified" : "rejected",
    // 10–40 characters: the sandbox refuses a longer key with a 400, as Straddle does.
    "Idempotency-Key": `decide-${customerId.replaceAll("-", "")}`,
  });
  return { state: stateOf(data.status), customerId: data.id };
}
