/**
 * The `type` and `title` of an error status in Straddle's envelope (API-NOTES.md), shared by
 * the sandbox (which answers like the API) and the server proxy (which adds the statuses only
 * it answers with). Data only: no zod, no I/O.
 */
export interface ErrorKind {
  type: string;
  title: string;
}

/** The statuses the API answers with, as it names them. */
export const apiErrorKinds: Readonly<Record<number, ErrorKind>> = {
  400: { type: "/bad_request", title: "Bad Request" },
  401: { type: "/unauthorized", title: "Unauthorized" },
  403: { type: "/forbidden", title: "Forbidden" },
  404: { type: "/not_found", title: "Not Found" },
  408: { type: "/request_timeout", title: "Request Timeout" },
  409: { type: "/conflict", title: "Conflict" },
  422: { type: "/validation_error", title: "Validation Failed" },
  429: { type: "/too_many_requests", title: "Too Many Requests" },
  500: { type: "/internal_server_error", title: "Internal Server Error" },
  502: { type: "/bad_gateway", title: "Bad Gateway" },
  503: { type: "/service_unavailable", title: "Service Unavailable" },
};

/** A status's kind in `kinds`; a status not in it is `/server_error` (5xx) or `/error`. */
export function errorKindIn(kinds: Readonly<Record<number, ErrorKind>>, status: number): ErrorKind {
  return (
    kinds[status] ??
    (status >= 500
      ? { type: "/server_error", title: "Server Error" }
      : { type: "/error", title: "Request Failed" })
  );
}
