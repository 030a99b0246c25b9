import { useEffect, useId, useRef, useState } from "react";
import type { ListCustomersParams } from "../../api/endpoints.js";
import { type CustomerStatus, type CustomerType, customerStatuses } from "../../api/schemas/common.js";
import { Button } from "../shared/Button.js";
import { Icon } from "../shared/Icon.js";
import { tableSections, useMessages } from "../shared/useMessages.js";
import { endOfDayIso, isoToDay, startOfDayIso } from "./params.js";

const c = "sc-CustomerTable";

export interface CustomerTableFiltersProps {
  params: ListCustomersParams;
  /** A change of filters (the table goes back to page 1). */
  onChange: (patch: ListCustomersParams) => void;
  onClear: () => void;
  showClear: boolean;
  searchDebounceMs: number;
  /** "1,234 customers", "Loading customers…": announced politely. */
  countText: string;
}

/** Search, status, type and created range above the table. */
export function CustomerTableFilters({
  params,
  onChange,
  onClear,
  showClear,
  searchDebounceMs,
  countText,
}: CustomerTableFiltersProps) {
  const m = useMessages(tableSections);
  const t = m.customerTable;
  const ids = useId();
  const status = params.status ?? [];
  const type: CustomerType | "all" = params.types?.length === 1 ? (params.types[0] ?? "all") : "all";
  const from = isoToDay(params.created_from);
  const to = isoToDay(params.created_to);

  const toggleStatus = (value: CustomerStatus, on: boolean) => {
    const next = on ? [...status.filter((s) => s !== value), value] : status.filter((s) => s !== value);
    onChange({ status: next.length > 0 ? next : undefined });
  };

  return (
    <div className={`${c}-filters`}>
      <div className={`${c}-filterRow`}>
        <SearchField
          value={params.search_text ?? ""}
          debounceMs={searchDebounceMs}
          onSearch={(text) => onChange({ search_text: text || undefined })}
        />
        <fieldset className={`${c}-segmented`}>
          <legend className="sc-visually-hidden">{t.typeLegend}</legend>
          {(
            [
              ["all", t.typeAll],
              ["individual", t.typeIndividual],
              ["business", t.typeBusiness],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className={`${c}-segment`} data-checked={type === value || undefined}>
              <input
                type="radio"
                className={`${c}-toggleInput`}
                name={`${ids}-type`}
                value={value}
                checked={type === value}
                onChange={() => onChange({ types: value === "all" ? undefined : [value] })}
              />
              <span>{label}</span>
            </label>
          ))}
        </fieldset>
        <p className={`${c}-count`} role="status">
          {countText}
        </p>
      </div>
      <div className={`${c}-filterRow`}>
        <fieldset className={`${c}-chips`}>
          <legend className={`${c}-legend`}>{t.statusLegend}</legend>
          {customerStatuses.map((value) => {
            const checked = status.includes(value);
            return (
              <label
                key={value}
                className={`${c}-chip`}
                data-value={value}
                data-checked={checked || undefined}
              >
                <input
                  type="checkbox"
                  className={`${c}-toggleInput`}
                  checked={checked}
                  onChange={(event) => toggleStatus(value, event.target.checked)}
                />
                <Icon name="check" className={`${c}-chipCheck`} />
                <span>{m.common.customerStatus[value]}</span>
              </label>
            );
          })}
        </fieldset>
        <fieldset className={`${c}-dates`}>
          <legend className={`${c}-legend`}>{t.createdLegend}</legend>
          <DateInput
            id={`${ids}-from`}
            label={t.createdFrom}
            value={from}
            max={to || undefined}
            onChange={(value) => onChange({ created_from: startOfDayIso(value) })}
          />
          <span className={`${c}-dateSeparator`} aria-hidden="true">
            {t.createdRangeSeparator}
          </span>
          <DateInput
            id={`${ids}-to`}
            label={t.createdTo}
            value={to}
            min={from || undefined}
            onChange={(value) => onChange({ created_to: endOfDayIso(value) })}
          />
        </fieldset>
        {showClear ? (
          <Button className={`${c}-clear`} variant="ghost" onClick={onClear}>
            <Icon name="cross" />
            {t.clearFilters}
          </Button>
        ) : null}
      </div>
    </div>
  );
}

/**
 * The search box keeps what the person types and sends it after a pause (or at once on
 * Enter); Escape clears it. A new `search_text` from the host (router back, Clear filters)
 * replaces the text, unless it is the value this box sent itself.
 */
function SearchField({
  value,
  debounceMs,
  onSearch,
}: {
  value: string;
  debounceMs: number;
  onSearch: (text: string) => void;
}) {
  const t = useMessages(tableSections).customerTable;
  const id = useId();
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  const [sent, setSent] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (value !== sent) {
      setText(value);
      setSent(value);
    }
  }

  const latest = useRef(onSearch);
  useEffect(() => {
    latest.current = onSearch;
  });

  const commit = (next: string) => {
    setSent(next);
    latest.current(next);
  };

  const trimmed = text.trim();
  useEffect(() => {
    if (trimmed === sent) return;
    const timer = setTimeout(() => {
      setSent(trimmed);
      latest.current(trimmed);
    }, debounceMs);
    return () => clearTimeout(timer);
  }, [trimmed, sent, debounceMs]);

  return (
    <div className={`${c}-search`}>
      <label className="sc-visually-hidden" htmlFor={id}>
        {t.searchLabel}
      </label>
      <SearchGlyph />
      <input
        id={id}
        type="search"
        className={`sc-Input ${c}-input ${c}-searchInput`}
        value={text}
        placeholder={t.searchPlaceholder}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Escape" && text !== "") {
            event.preventDefault();
            event.stopPropagation();
            setText("");
            if (sent !== "") commit("");
          } else if (event.key === "Enter") {
            event.preventDefault();
            if (trimmed !== sent) commit(trimmed);
          }
        }}
      />
    </div>
  );
}

function SearchGlyph() {
  return <Icon name="search" className={`${c}-searchIcon`} />;
}

/** One end of the date range: a native date input with its visually hidden label. */
function DateInput({
  id,
  label,
  value,
  min,
  max,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  min?: string | undefined;
  max?: string | undefined;
  onChange: (value: string) => void;
}) {
  return (
    <>
      <label className="sc-visually-hidden" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="date"
        className={`sc-Input ${c}-input ${c}-date`}
        value={value}
        min={min}
        max={max}
        onChange={(event) => onChange(event.target.value)}
      />
    </>
  );
}
