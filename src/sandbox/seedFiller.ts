import type { CustomerStatus } from "../api/index.js";
import type { SandboxRandom } from "./random.js";
import { day, type SeedSpec } from "./seedHelpers.js";

const firstNames = [
  "Olivia",
  "Liam",
  "Emma",
  "Noah",
  "Ava",
  "Mateo",
  "Sophia",
  "Lucas",
  "Isabella",
  "Ethan",
  "Mia",
  "Aiden",
  "Amelia",
  "Kai",
  "Harper",
  "Diego",
  "Evelyn",
  "Hiro",
  "Priya",
  "Kwame",
  "Fatima",
  "Chen",
  "Siobhan",
  "Lars",
  "Ingrid",
  "Tomás",
  "Aaliyah",
  "Dmitri",
  "Yara",
  "Jamal",
];
const lastNames = [
  "Garcia",
  "Nguyen",
  "Smith",
  "Okafor",
  "Kowalski",
  "Haddad",
  "Johansson",
  "Patel",
  "Kim",
  "Rossi",
  "Müller",
  "O'Brien",
  "Silva",
  "Cohen",
  "Tanaka",
  "Dubois",
  "Murphy",
  "Novak",
  "Fernández",
  "Adeyemi",
];
const businessNames = [
  "Bluebird Logistics",
  "Cedar & Pine Furniture",
  "Harbor Light Dental",
  "Quantum Leaf Analytics",
  "Red Rock Outfitters",
  "Silverline Payments",
  "Maple Street Bakery",
  "Northwind Traders",
  "Summit Roofing",
  "Lumen Solar",
  "Copperfield Books",
  "Atlas Freight",
  "Greenway Landscaping",
  "Orchid Wellness Spa",
  "Pioneer Auto Repair",
];
const suffixes = ["LLC", "Inc", "Co", "Ltd"];
const places = [
  ["Springfield", "IL", "62701"],
  ["Austin", "TX", "78701"],
  ["Portland", "OR", "97201"],
  ["Denver", "CO", "80202"],
  ["Boston", "MA", "02108"],
  ["Seattle", "WA", "98101"],
  ["Columbus", "OH", "43004"],
];
const streets = [
  "Oak St",
  "Maple Ave",
  "Elm St",
  "Cedar Rd",
  "Pine Blvd",
  "Lakeview Dr",
  "Sunset Ave",
  "Hillcrest Rd",
];
const statusCycle: CustomerStatus[] = [
  "verified",
  "review",
  "verified",
  "pending",
  "rejected",
  "verified",
  "inactive",
  "review",
];

const slug = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ".")
    .replace(/^\.|\.$/g, "");
const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** `count` ordinary customers from 2026-01-06 to mid-2026, in every status, all from `rng`. */
export function fillerSeeds(count: number, rng: SandboxRandom): SeedSpec[] {
  return Array.from({ length: count }, (_, i): SeedSpec => {
    const business = i % 3 === 2;
    const target = statusCycle[i % statusCycle.length] ?? "verified";
    const name = business
      ? `${rng.pick(businessNames)} ${rng.pick(suffixes)}`
      : `${rng.pick(firstNames)} ${rng.pick(lastNames)}`;
    const [city = "Springfield", state = "IL", zip = "62701"] = rng.pick(places);
    const tag = target === "review" ? "+review" : target === "rejected" ? "+reject" : "";
    const spec: SeedSpec = {
      id: rng.uuid(),
      at: day(1 + i * 4, rng.int(8, 18), rng.int(0, 59)),
      type: business ? "business" : "individual",
      name,
      email: `${slug(name)}.${i + 1}${tag}@${rng.pick(["example.com", "mail.example.net", "corp.example.org"])}`,
      phone: `+1${rng.int(201, 989)}${rng.int(201, 989)}${pad(rng.int(1, 9998), 4)}`,
      address: { address1: `${rng.int(1, 9999)} ${rng.pick(streets)}`, city, state, zip },
      compliance_profile: business
        ? { ein: `${rng.int(10, 99)}-${pad(rng.int(0, 9_999_999), 7)}`, legal_business_name: name }
        : {
            dob: `${rng.int(1950, 2002)}-${pad(rng.int(2, 12), 2)}-${pad(rng.int(2, 28), 2)}`,
            ssn: `${rng.int(100, 665)}-${pad(rng.int(1, 99), 2)}-${pad(rng.int(1, 9999), 4)}`,
          },
      config: {
        processing_method: target === "pending" ? "background" : "inline",
        sandbox_outcome: "standard",
      },
      device: { ip_address: `${rng.int(11, 223)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}` },
    };
    if (i % 2 === 0) spec.external_id = `crm_${30000 + i}`;
    if (i % 5 === 0) spec.metadata = { source: rng.pick(["web", "ios", "android", "partner"]) };
    if (target === "pending") spec.review = null;
    if (target === "inactive") spec.status = "inactive";
    return spec;
  });
}
