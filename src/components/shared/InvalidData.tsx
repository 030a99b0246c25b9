import { common } from "../../messages/en/common.js";
import { format } from "../../messages/merge.js";
import { useMessages } from "./useMessages.js";

const commonSection = { common };

/** The developer's hint in a direct-data error state: where the given data failed its schema (never its values). */
export function InvalidData({ paths }: { paths: readonly string[] }) {
  const m = useMessages(commonSection);
  return (
    <p className="sc-mono" data-invalid-paths={paths.join(" ")}>
      {format(m.common.invalidData, { paths: paths.join(", ") })}
    </p>
  );
}
