import { proxyError } from "./errors.js";
import { ok, refuse, type Step } from "./requestChecks.js";

function isJsonContentType(value: string | null): boolean {
  if (value === null) return false;
  const [type = "", ...params] = value.toLowerCase().split(";");
  if (type.trim() !== "application/json") return false;
  return params.every((param) => {
    const [name = "", paramValue = ""] = param.split("=");
    return name.trim() !== "charset" || paramValue.trim().replace(/"/g, "") === "utf-8";
  });
}

/**
 * Reads the body as JSON: `content-type: application/json` (charset utf-8 if given) else 415;
 * over `maxBodyBytes` (declared or counted while streaming) → 413; not UTF-8, not JSON, or not a
 * JSON object → 400. Returns it re-serialised, so Straddle receives exactly what was checked
 * (no duplicate keys, no trailing bytes).
 */
export async function jsonBody(request: Request, maxBytes: number): Promise<Step<string>> {
  if (!isJsonContentType(request.headers.get("content-type"))) {
    return refuse(proxyError(415, "Send the body as JSON, with Content-Type: application/json."));
  }
  const tooLarge = () => refuse(proxyError(413, `The request body is larger than ${maxBytes} bytes.`));
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > maxBytes) return tooLarge();
  const invalid = (detail: string) => refuse(proxyError(400, detail));
  if (request.body === null) return invalid("A JSON object body is required.");
  const chunks: Uint8Array[] = [];
  let size = 0;
  let reader: ReadableStreamDefaultReader<Uint8Array>;
  try {
    reader = request.body.getReader();
  } catch {
    return invalid("The request body could not be read.");
  }
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        reader.cancel().catch(() => undefined);
        return tooLarge();
      }
      chunks.push(value);
    }
  } catch {
    return invalid("The request body could not be read.");
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return invalid("The request body is not valid JSON.");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return invalid("The request body must be a JSON object.");
  }
  return ok(JSON.stringify(parsed));
}
