import { kycFields } from "../../api/schemas/review.js";
import { Heading } from "../shared/reviewParts.js";
import { Skeleton } from "../shared/Skeleton.js";
import { reviewSections, useMessages } from "../shared/useMessages.js";
import { ModuleHead } from "./ModuleList.js";

const p = "sc-ReviewBreakdownPanel";
const ROWS = 5;

/**
 * The panel's final layout in grey: header, verdict, five module rows and the KYC grid,
 * with the same classes as the real parts so nothing moves when the data arrives.
 */
export function PanelSkeleton({ titleId, headingLevel }: { titleId: string; headingLevel: number }) {
  const m = useMessages(reviewSections);
  const t = m.reviewPanel;
  return (
    <>
      <header className={`${p}-header`}>
        <div className={`${p}-titleRow`}>
          <Heading level={headingLevel} id={titleId} className={`${p}-title`}>
            <span className={`${p}-eyebrow`}>{t.title}</span>{" "}
            <Skeleton className={`${p}-name`} width="14em" height="1.25em" />
          </Heading>
        </div>
        <div className={`sc-Row ${p}-meta`}>
          <Skeleton width="5em" />
          <Skeleton width="16em" />
          <Skeleton width="14em" />
        </div>
      </header>
      <div className={`${p}-verdict`}>
        <div className={`${p}-verdictFacts`}>
          <div className={`${p}-verdictFact`}>
            <Skeleton width="7em" />
            <Skeleton width="6em" height="24px" />
          </div>
          <div className={`${p}-verdictFact`}>
            <Skeleton width="8em" />
            <Skeleton width="6em" height="24px" />
          </div>
        </div>
      </div>
      <div className={`${p}-section`} data-section="modules">
        <div className={`sc-Row ${p}-sectionHead`}>
          <Heading level={headingLevel + 1} className={`${p}-sectionTitle`}>
            {t.sections.modules}
          </Heading>
        </div>
        <div className={`${p}-moduleTable`}>
          <ModuleHead />
          <div className={`${p}-modules`}>
            {Array.from({ length: ROWS }, (_, row) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows have no identity
              <div key={row} className={`${p}-module`} data-skeleton="">
                <Skeleton className={`${p}-moduleName`} width="7em" />
                <div className={`${p}-moduleFields`}>
                  <div className={`${p}-field`} data-field="decision">
                    <Skeleton width="4.5em" height="20px" />
                  </div>
                  <div className={`${p}-field`} data-field="risk">
                    <Skeleton height="6px" />
                  </div>
                  <div className={`${p}-field`} data-field="correlation">
                    <Skeleton width="9em" />
                  </div>
                  <div className={`${p}-field`} data-field="codes">
                    <Skeleton width="6em" />
                  </div>
                </div>
              </div>
            ))}
          </div>
        </div>
      </div>
      <div className={`${p}-section`} data-section="kyc">
        <div className={`sc-Row ${p}-sectionHead`}>
          <Heading level={headingLevel + 1} className={`${p}-sectionTitle`}>
            {t.sections.kyc}
          </Heading>
        </div>
        <div className={`${p}-kycGrid`}>
          {kycFields.map((field) => (
            <div key={field} className={`${p}-kycItem`}>
              <Skeleton width="5em" />
              <Skeleton width="4em" />
            </div>
          ))}
        </div>
      </div>
    </>
  );
}
