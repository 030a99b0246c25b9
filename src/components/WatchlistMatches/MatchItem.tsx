import { isMasked } from "../../api/masking.js";
import type { Customer } from "../../api/schemas/customer.js";
import type { WatchlistDisposition, WatchlistHit } from "../../hooks/reviewFacts.js";
import { format } from "../../messages/merge.js";
import { CodeChip } from "../shared/CodeChip.js";
import { DispositionPicker } from "../shared/DispositionPicker.js";
import { Icon } from "../shared/Icon.js";
import { own } from "../shared/labels.js";
import { CorrelationTag, Heading } from "../shared/reviewParts.js";
import { ShowAllButton, useCapped } from "../shared/ShowAll.js";
import { inertText, safeUrl } from "../shared/safeUrl.js";
import type { Formatters } from "../shared/useFormat.js";
import { useMessages, watchlistSections } from "../shared/useMessages.js";

export const w = "sc-WatchlistMatches";

/** The customer's own value for a matched field; masked values (`***-**-****`) stay masked. */
function customerValue(customer: Customer | undefined, field: string): string | undefined {
  if (!customer) return undefined;
  const profile = customer.compliance_profile;
  const words = customer.name.trim().split(/\s+/);
  switch (field) {
    case "name":
      return customer.name;
    case "first_name":
      return words[0];
    case "last_name":
      return words.length > 1 ? words[words.length - 1] : undefined;
    case "legal_business_name":
      return profile?.legal_business_name ?? (customer.type === "business" ? customer.name : undefined);
    case "dob":
    case "ssn":
    case "ein":
    case "website":
      return profile?.[field] ?? undefined;
    case "email":
      return customer.email;
    case "phone":
      return customer.phone;
    case "address": {
      const a = customer.address;
      return a
        ? [a.address1, a.address2, a.city, `${a.state} ${a.zip}`].filter(Boolean).join(", ")
        : undefined;
    }
    default:
      return undefined;
  }
}

/** One hit: its list and correlation, the matched fields beside the customer's own values, the sources and the reviewer's judgement. */
export function MatchItem({
  hit,
  customer,
  disposition,
  onJudge,
  headingLevel,
  f,
}: {
  hit: WatchlistHit;
  customer: Customer | undefined;
  disposition: WatchlistDisposition | undefined;
  onJudge: (disposition: WatchlistDisposition) => void;
  headingLevel: number;
  f: Formatters;
}) {
  const m = useMessages(watchlistSections);
  const t = m.watchlist;
  const { match } = hit;
  const fields = useCapped(
    (match.match_fields ?? []).filter((field) => typeof field === "string" && field !== ""),
  );
  const urls = useCapped((match.urls ?? []).filter((url) => typeof url === "string"));
  const listName = match.list_name || t.unnamedList;
  return (
    <li
      className={`${w}-match`}
      data-correlation={match.correlation ?? undefined}
      data-strength={hit.strength}
      data-disposition={disposition}
    >
      <div className={`sc-Row ${w}-matchHead`}>
        <Heading level={headingLevel} className={`${w}-listName`}>
          {listName}
        </Heading>
        <span className={`${w}-strength`}>
          <CorrelationTag value={match.correlation} f={f} />
          {hit.strength > 0 ? (
            <span className="sc-visually-hidden">
              {format(t.strength, { level: f.number(hit.strength, 0) })}
            </span>
          ) : null}
        </span>
      </div>
      {fields.total > 0 ? (
        <>
          <table className={`${w}-compare`}>
            <thead>
              <tr>
                <th scope="col">{t.matchedField}</th>
                <th scope="col">{t.customerValue}</th>
              </tr>
            </thead>
            <tbody>
              {fields.shown.map((field, index) => {
                const label = own(t.matchFields, field);
                const value = customerValue(customer, field);
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: fields may repeat; the list is static
                  <tr key={index} data-field={label ? field : undefined}>
                    <th scope="row">{label ?? <CodeChip code={field} />}</th>
                    <td>
                      {value === undefined || value === "" ? (
                        <span className={`${w}-none`}>{t.notOnFile}</span>
                      ) : isMasked(value) ? (
                        <span className={`${w}-masked`}>
                          <span className="sc-mono">{value}</span>{" "}
                          <span className={`${w}-maskedNote`}>({t.masked})</span>
                        </span>
                      ) : (
                        <span className={`${w}-value`}>{inertText(value)}</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <ShowAllButton list={fields} />
        </>
      ) : (
        <p className={`${w}-none`}>{t.noFields}</p>
      )}
      <dl className={`${w}-matchFields`}>
        <div className={`${w}-field`} data-field="sources">
          <dt>{t.columns.sources}</dt>
          <dd>
            {urls.total > 0 ? (
              <>
                <ul className={`${w}-sources`}>
                  {urls.shown.map((url, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: URLs may repeat; the list is static
                    <li key={index}>
                      <SourceUrl value={url} />
                    </li>
                  ))}
                </ul>
                <ShowAllButton list={urls} />
              </>
            ) : (
              <span className={`${w}-none`}>{t.noSources}</span>
            )}
          </dd>
        </div>
      </dl>
      <DispositionPicker
        value={disposition}
        onChange={onJudge}
        legend={format(t.dispositionFor, { list: listName })}
        hideLegend
        labels={m.common.disposition}
      />
    </li>
  );
}

/** A link (host name shown) only when `safeUrl` lets it through; otherwise inert, visible text. */
function SourceUrl({ value }: { value: string }) {
  const m = useMessages(watchlistSections);
  const link = safeUrl(value);
  if (link) {
    return (
      <a
        className={`${w}-link`}
        href={link.href}
        target="_blank"
        rel="noopener noreferrer"
        data-host={link.host}
        title={link.href}
      >
        <span className={`${w}-host`}>{link.host}</span>
        <Icon name="external" /> <span className="sc-visually-hidden">{m.common.opensInNewTab}</span>
      </a>
    );
  }
  return (
    <span className={`${w}-inert`} data-inert="">
      <span className={`${w}-inertText sc-mono`}>
        {value === "" ? m.watchlist.emptyUrl : inertText(value)}
      </span>
      <span className={`${w}-inertNote`}>({m.watchlist.notALink})</span>
    </span>
  );
}
