import { memo } from "react";
import { parseTimestamp } from "../../api/schemas/common.js";
import type { CustomerSummary } from "../../api/schemas/customer.js";
import { format } from "../../messages/merge.js";
import type { StraddleMessages } from "../../messages/types.js";
import { Badge } from "../shared/Badge.js";
import { Icon } from "../shared/Icon.js";
import { Skeleton } from "../shared/Skeleton.js";
import type { Formatters } from "../shared/useFormat.js";
import { useNow } from "../shared/useNow.js";

const c = "sc-CustomerTable";

/** One customer: a focusable row (roving tabindex), measured by the virtualizer. */
export const Row = memo(function Row({
  customer,
  index,
  rowIndex,
  tabbable,
  selected,
  measure,
  f,
  m,
}: {
  customer: CustomerSummary;
  index: number;
  rowIndex: number;
  tabbable: boolean;
  selected: boolean;
  measure: (node: Element | null) => void;
  f: Formatters;
  m: Pick<StraddleMessages, "common" | "customerTable">;
}) {
  const t = m.customerTable;
  const now = useNow();
  const created = parseTimestamp(customer.created_at);
  const valid = !Number.isNaN(created.getTime());
  const day = valid ? f.date(created.toISOString().slice(0, 10)) : "";
  return (
    <tr
      ref={measure}
      data-index={index}
      className={`${c}-row`}
      aria-rowindex={rowIndex}
      aria-current={selected || undefined}
      data-selected={selected || undefined}
      data-status={customer.status}
      data-type={customer.type}
      tabIndex={tabbable ? 0 : -1}
    >
      <th scope="row" className={`${c}-cell ${c}-cellCustomer`}>
        <span className={`${c}-name`}>{customer.name}</span>
        <span className={`${c}-email`}>{customer.email}</span>
        {/* Shown instead of the Type and Created columns when the table is narrow (CSS); it wraps
            rather than cut the date short. */}
        <span className={`${c}-compact`}>
          <span className={`${c}-compactLine`}>
            <span className={`${c}-compactType`}>{m.common.customerType[customer.type]}</span>
            {valid ? (
              <>
                {/* Spaces kept as text: read aloud and copied as "Individual · Mar 1, 2026". */}{" "}
                <span className={`${c}-compactSeparator`} aria-hidden="true">
                  ·
                </span>{" "}
                <time className={`${c}-compactDate`} dateTime={created.toISOString()}>
                  {day}
                </time>
              </>
            ) : null}
          </span>
        </span>
      </th>
      <td className={`${c}-cell ${c}-cellType`}>
        <span className={`sc-Pill ${c}-type`} data-type={customer.type}>
          {m.common.customerType[customer.type]}
        </span>
      </td>
      <td className={`${c}-cell ${c}-cellStatus`}>
        <Badge value={customer.status} size="sm">
          {m.common.customerStatus[customer.status]}
        </Badge>
      </td>
      <td className={`${c}-cell ${c}-cellCreated`}>
        {valid ? (
          <time
            dateTime={created.toISOString()}
            title={
              now === null
                ? f.dateTime(customer.created_at)
                : format(t.createdTitle, {
                    dateTime: f.dateTime(customer.created_at),
                    relative: f.relative(customer.created_at, now),
                  })
            }
          >
            {day}
          </time>
        ) : (
          customer.created_at
        )}
      </td>
      <td className={`${c}-cell ${c}-cellExternalId`}>
        {customer.external_id ? (
          <span className={`${c}-externalId`} title={customer.external_id}>
            {customer.external_id}
          </span>
        ) : (
          <span className={`${c}-none`}>{m.common.notAvailable}</span>
        )}
      </td>
      <td className={`${c}-cell ${c}-cellOpen`}>
        <Icon name="chevronNext" className={`${c}-openIcon`} />
      </td>
    </tr>
  );
});

/** The placeholder cells after the customer's, each a width (`data-size`) from the stylesheet. */
const skeletonCells = [
  ["cellType", "pill"],
  ["cellStatus", "pill"],
  ["cellCreated", "date"],
  ["cellExternalId", "id"],
] as const;

/** Grey stand-ins in the cells' own shapes; `data-size` picks a width from the stylesheet. */
export function SkeletonRow({ index }: { index: number }) {
  const size = String(index % 4);
  return (
    <tr className={`${c}-row`} data-skeleton="">
      <td className={`${c}-cell ${c}-cellCustomer`}>
        <span className={`${c}-name ${c}-skeleton`} data-size={size}>
          <Skeleton />
        </span>
        <span className={`${c}-email ${c}-skeleton`} data-size="email">
          <Skeleton />
        </span>
      </td>
      {skeletonCells.map(([cell, width]) => (
        <td key={cell} className={`${c}-cell ${c}-${cell}`}>
          <span className={`${c}-skeleton`} data-size={width}>
            <Skeleton />
          </span>
        </td>
      ))}
      <td className={`${c}-cell ${c}-cellOpen`} />
    </tr>
  );
}
