import { memo } from "react";
import { customerTypes } from "../../../api/schemas/common.js";
import { useCustomerFormContext } from "../context.js";
import { useRenderProbe } from "../renderProbe.js";

/** Create mode: individual or business, as two radio cards (a stored customer's type is fixed). */
export const TypeSection = memo(function TypeSection() {
  const { register, messages, mode, idPrefix } = useCustomerFormContext();
  useRenderProbe("section:type");
  if (mode === "edit") return null;
  return (
    <fieldset className="sc-CustomerForm-section" data-section="type">
      <legend className="sc-CustomerForm-legend">{messages.sections.type}</legend>
      <div className="sc-CustomerForm-choices">
        {customerTypes.map((value) => {
          const id = `${idPrefix}-type-${value}`;
          return (
            <label key={value} className="sc-CustomerForm-choice" htmlFor={id}>
              <input
                {...register("type")}
                className="sc-CustomerForm-radio"
                type="radio"
                id={id}
                value={value}
                aria-describedby={`${id}-hint`}
              />
              <span className="sc-CustomerForm-choiceText">
                <span className="sc-CustomerForm-choiceTitle">{messages.type[value]}</span>
                <span className="sc-CustomerForm-choiceHint" id={`${id}-hint`}>
                  {messages.type[`${value}Hint`]}
                </span>
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
});
