import { useId } from "react";
import { format } from "../../messages/merge.js";
import { Button } from "../shared/Button.js";
import { Icon } from "../shared/Icon.js";
import { useFormat } from "../shared/useFormat.js";
import { tableSections, useMessages } from "../shared/useMessages.js";

const c = "sc-CustomerTable";

export interface CustomerTablePaginationProps {
  /** The page asked for (it runs ahead of the data while the next page loads). */
  pageNumber: number;
  /** `undefined` before the first page arrived. */
  totalPages: number | undefined;
  pageSize: number;
  pageSizes: readonly number[];
  onPage: (pageNumber: number) => void;
  onPageSize: (pageSize: number) => void;
}

/** Previous / Next, "Page 3 of 12" and the page size. */
export function CustomerTablePagination({
  pageNumber,
  totalPages,
  pageSize,
  pageSizes,
  onPage,
  onPageSize,
}: CustomerTablePaginationProps) {
  const t = useMessages(tableSections).customerTable;
  const f = useFormat();
  const sizeId = useId();
  const pages = Math.max(1, totalPages ?? 1);
  const hasPrevious = pageNumber > 1;
  const hasNext = totalPages !== undefined && pageNumber < totalPages;
  const sizes = pageSizes.includes(pageSize) ? pageSizes : [...pageSizes, pageSize].sort((a, b) => a - b);

  return (
    <nav className={`${c}-pagination`} aria-label={t.pagination}>
      <div className={`${c}-pageSize`}>
        <label htmlFor={sizeId} className={`${c}-pageSizeLabel`}>
          {t.pageSize}
        </label>
        <select
          id={sizeId}
          className={`sc-Input ${c}-input ${c}-select`}
          value={pageSize}
          onChange={(event) => onPageSize(Number(event.target.value))}
        >
          {sizes.map((size) => (
            <option key={size} value={size}>
              {f.number(size, 0)}
            </option>
          ))}
        </select>
      </div>
      <p className={`${c}-pageOf`} data-unknown={totalPages === undefined || undefined}>
        {format(t.pageOf, { page: f.number(Math.min(pageNumber, pages), 0), pages: f.number(pages, 0) })}
      </p>
      <div className={`${c}-pageButtons`}>
        {/* aria-disabled rather than disabled: focus stays on the button at the first or last page. */}
        <Button variant="secondary" unavailable={!hasPrevious} onClick={() => onPage(pageNumber - 1)}>
          <Chevron direction="previous" />
          <span className={`${c}-pageLabel`}>{t.previousPage}</span>
        </Button>
        <Button variant="secondary" unavailable={!hasNext} onClick={() => onPage(pageNumber + 1)}>
          <span className={`${c}-pageLabel`}>{t.nextPage}</span>
          <Chevron direction="next" />
        </Button>
      </div>
    </nav>
  );
}

function Chevron({ direction }: { direction: "previous" | "next" }) {
  return (
    <Icon
      name={direction === "previous" ? "chevronPrevious" : "chevronNext"}
      className={`${c}-chevron`}
      data-direction={direction}
    />
  );
}
