/**
 * The device IP of a new customer, decided by the server: Straddle's fraud screening relies on
 * `device.ip_address`, so on a public form it must never come from the browser (where anyone
 * can set it to a clean address). No I/O, no Node import.
 */

/**
 * Where the proxy reads the applicant's IP: the host's own function of the request (may be
 * async). `undefined` or anything that is not an IP address fails closed (500, reported to
 * `onError`); it never falls back to the value the client sent.
 */
export type DeviceIpResolver = (request: Request) => string | undefined | Promise<string | undefined>;

/** The common places a server finds the client's address, for `deviceIpFrom`. */
export type DeviceIpSource =
  /**
   * The TCP peer of the connection, as `toNodeHandler` saw it (`req.socket.remoteAddress`). Right
   * when Node faces the internet directly; behind a load balancer it is the balancer's address.
   */
  | { from: "socket" }
  /**
   * `X-Forwarded-For` behind exactly `trustedProxies` proxies that each append the address they
   * received the request from (nginx `$proxy_add_x_forwarded_for`, AWS ALB, Heroku, Fly…). The
   * address taken is the `trustedProxies`-th from the right: the first hop no trusted proxy
   * vouches for is never read, so a client's forged entries (on the left) are ignored. Fewer
   * entries than `trustedProxies` → no address (fails closed).
   */
  | { from: "x-forwarded-for"; trustedProxies: number }
  /** Vercel: `X-Vercel-Forwarded-For`, set by Vercel's edge (a client cannot forge it there). */
  | { from: "vercel" }
  /** Cloudflare (proxied DNS record): `CF-Connecting-IP`. Only behind Cloudflare. */
  | { from: "cloudflare" };

/** Socket addresses noted by `toNodeHandler`, by the `Request` it made. */
const socketAddresses = new WeakMap<Request, string>();

/** Called by `toNodeHandler`: the peer address of the connection a `Request` came in on. */
export function rememberSocketAddress(request: Request, address: unknown): void {
  if (typeof address === "string" && address !== "") socketAddresses.set(request, address);
}

/** The peer address `toNodeHandler` saw for this request (`undefined` under any other runtime). */
export function socketAddress(request: Request): string | undefined {
  return socketAddresses.get(request);
}

/**
 * A ready `deviceIp` for the common setups. Pick the one that matches how requests reach your
 * server: a header is only trustworthy when the proxy in front of you overwrites it.
 *
 * @example
 * createStraddleProxy({ …, deviceIp: deviceIpFrom({ from: "socket" }) });                          // node:http, Express, no proxy
 * createStraddleProxy({ …, deviceIp: deviceIpFrom({ from: "x-forwarded-for", trustedProxies: 1 }) }); // one load balancer
 * createStraddleProxy({ …, deviceIp: deviceIpFrom({ from: "vercel" }) });
 * createStraddleProxy({ …, deviceIp: deviceIpFrom({ from: "cloudflare" }) });
 */
export function deviceIpFrom(source: DeviceIpSource): (request: Request) => string | undefined {
  switch (source?.from) {
    case "socket":
      return socketAddress;
    case "x-forwarded-for": {
      const trusted = source.trustedProxies;
      if (!Number.isInteger(trusted) || trusted < 1) {
        throw new TypeError("deviceIpFrom: trustedProxies must be a whole number of at least 1.");
      }
      return (request) => {
        const header = request.headers.get("x-forwarded-for");
        if (header === null) return undefined;
        const hops = header.split(",").map((hop) => hop.trim());
        return hops[hops.length - trusted];
      };
    }
    case "vercel":
      return (request) => request.headers.get("x-vercel-forwarded-for")?.split(",")[0]?.trim();
    case "cloudflare":
      return (request) => request.headers.get("cf-connecting-ip")?.trim();
    default:
      throw new TypeError(
        'deviceIpFrom: from must be "socket", "x-forwarded-for", "vercel" or "cloudflare".',
      );
  }
}

const IPV4 = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** The eight 16-bit groups of an IPv6 address (a dotted IPv4 tail allowed), or `undefined`. */
function ipv6Groups(value: string): number[] | undefined {
  if (!/^[0-9A-Fa-f:.]+$/.test(value) || value.length > 45) return undefined;
  let text = value;
  const lastColon = text.lastIndexOf(":");
  const last = text.slice(lastColon + 1);
  if (last.includes(".")) {
    // `::ffff:1.2.3.4` → `::ffff:102:304`.
    if (lastColon < 0 || !IPV4.test(last)) return undefined;
    const [a = 0, b = 0, c = 0, d = 0] = last.split(".").map(Number);
    text = `${text.slice(0, lastColon + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return undefined;
  const parse = (part: string) => (part === "" ? [] : part.split(":"));
  const head = parse(halves[0] ?? "");
  const rest = halves.length === 2 ? parse(halves[1] ?? "") : [];
  if (![...head, ...rest].every((group) => /^[0-9A-Fa-f]{1,4}$/.test(group))) return undefined;
  const size = head.length + rest.length;
  if (halves.length === 2 ? size > 7 : size !== 8) return undefined;
  const hex = (group: string) => Number.parseInt(group, 16);
  return [...head.map(hex), ...new Array<number>(8 - size).fill(0), ...rest.map(hex)];
}

/** RFC 5952 text: lowercase, no leading zeros, the longest run (≥ 2) of zero groups as `::`. */
function formatIpv6(groups: number[]): string {
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((group) => group.toString(16));
  if (bestStart < 0) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLength).join(":")}`;
}

/**
 * The device IP to send, or `undefined` when the value is not an IP address. Accepts what
 * request headers and sockets carry: dotted IPv4 (`203.0.113.7`), IPv6 in any valid spelling
 * (returned in RFC 5952 form, `2001:db8::1`), an IPv4-mapped IPv6 (`::ffff:203.0.113.7`, how
 * Node reports IPv4 peers on a dual-stack socket; returned as the IPv4, since Straddle documents
 * `device.ip_address` as IPv4), brackets and a port (`[2001:db8::1]:443`, `203.0.113.7:51234`).
 * Refuses everything else, zone ids (`fe80::1%eth0`) included.
 */
export function normalizeDeviceIp(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  let text = value.trim();
  if (text === "" || text.length > 64) return undefined;
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(text);
  if (bracketed?.[1]) text = bracketed[1];
  else {
    const withPort = /^([\d.]+):\d{1,5}$/.exec(text);
    if (withPort?.[1]) text = withPort[1];
  }
  if (IPV4.test(text)) return text;
  const groups = ipv6Groups(text);
  if (!groups) return undefined;
  const [g0, g1, g2, g3, g4, g5, g6 = 0, g7 = 0] = groups;
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0xffff) {
    return `${g6 >> 8}.${g6 & 0xff}.${g7 >> 8}.${g7 & 0xff}`;
  }
  return formatIpv6(groups);
}

/** The checked JSON object body with `device` replaced by `{ ip_address: ip }`. */
export function withDeviceIp(body: string, ip: string): string {
  const parsed = JSON.parse(body) as Record<string, unknown>;
  return JSON.stringify({ ...parsed, device: { ip_address: ip } });
}
