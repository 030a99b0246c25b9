/**
 * `straddle-customers-react/server`: the host's backend half. A Web-standard
 * `(request: Request) => Promise<Response>` proxy that forwards the nine Customers endpoints
 * to Straddle with the server's API key, plus a Node/Express adapter. No React, no zod.
 */
export { createStraddleProxy } from "./createStraddleProxy.js";
export {
  type DeviceIpResolver,
  type DeviceIpSource,
  deviceIpFrom,
  normalizeDeviceIp,
  socketAddress,
} from "./deviceIp.js";
export {
  type NodeHandler,
  type NodeHandlerOptions,
  type NodeIncomingMessage,
  type NodeServerResponse,
  toNodeHandler,
} from "./node.js";
export {
  createOnboardingProxy,
  ONBOARDING_MAX_BODY_BYTES,
  type OnboardingHostFields,
  type OnboardingProxyOptions,
  type OnboardingResult,
} from "./onboarding.js";
export {
  type ProxyErrorEvent,
  type StraddleEnvironment,
  type StraddleProxyHandler,
  type StraddleProxyOptions,
  straddleBaseUrls,
  type UnmaskAuditInfo,
  type UpstreamFetch,
} from "./options.js";
export { MAX_QUERY_VALUE_LENGTH, MAX_TRACE_ID_LENGTH } from "./requestChecks.js";
export { listQueryParameters, type StraddleEndpoint, straddleEndpoints } from "./routes.js";
