import { useContext, useMemo } from "react";
import { parseTimestamp } from "../../api/schemas/common.js";
import { StraddleContext } from "../../hooks/context.js";

/** Number, percent and date formatting through `Intl`, for the provider's locale. */
export interface Formatters {
  locale: string | undefined;
  number: (value: number, maximumFractionDigits?: number) => string;
  /** `0.87` → `"0.870"`: scores always have three decimals, so a column of them lines up. */
  score: (value: number) => string;
  /** An API timestamp (zone-less = UTC) as date and time. */
  dateTime: (timestamp: string) => string;
  /** A `YYYY-MM-DD` date. */
  date: (isoDate: string) => string;
  /** "3 days ago", "in 2 hours". */
  relative: (timestamp: string, now?: number) => string;
}

export function createFormatters(locale: string | undefined, timeZone?: string | undefined): Formatters {
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const numberFormat = (digits: number) => {
    let f = numberFormats.get(digits);
    if (!f) {
      f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
      numberFormats.set(digits, f);
    }
    return f;
  };
  const scoreFormat = new Intl.NumberFormat(locale, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  });
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const relativeFormat = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });

  return {
    locale,
    number: (value, digits = 2) => numberFormat(digits).format(value),
    score: (value) => scoreFormat.format(value),
    dateTime: (timestamp) => {
      const date = parseTimestamp(timestamp);
      return Number.isNaN(date.getTime()) ? timestamp : dateTimeFormat.format(date);
    },
    date: (isoDate) => {
      const date = new Date(`${isoDate}T00:00:00Z`);
      return Number.isNaN(date.getTime()) ? isoDate : dateFormat.format(date);
    },
    relative: (timestamp, now = Date.now()) => {
      const date = parseTimestamp(timestamp);
      if (Number.isNaN(date.getTime())) return timestamp;
      const seconds = (date.getTime() - now) / 1000;
      const units: [Intl.RelativeTimeFormatUnit, number][] = [
        ["year", 31_536_000],
        ["month", 2_592_000],
        ["week", 604_800],
        ["day", 86_400],
        ["hour", 3_600],
        ["minute", 60],
      ];
      for (const [unit, size] of units) {
        if (Math.abs(seconds) >= size) return relativeFormat.format(Math.round(seconds / size), unit);
      }
      return relativeFormat.format(Math.round(seconds), "second");
    },
  };
}

/** One set of `Intl` formatters per locale, shared by every component (they are costly to build). */
const cache = new Map<string, Formatters>();

export function useFormat(): Formatters {
  const context = useContext(StraddleContext);
  const locale = context?.locale;
  const timeZone = context?.timeZone;
  return useMemo(() => {
    const key = `${locale ?? ""}|${timeZone ?? ""}`;
    let formatters = cache.get(key);
    if (!formatters) {
      formatters = createFormatters(locale, timeZone);
      if (cache.size >= 8) cache.clear();
      cache.set(key, formatters);
    }
    return formatters;
  }, [locale, timeZone]);
}
