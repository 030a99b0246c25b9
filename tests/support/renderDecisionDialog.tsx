import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DecisionDialog, type DecisionDialogProps } from "../../src/index";
import type { setup } from "../hooks/harness";

/** The dialog rendered in the harness's provider; the user that drives it. */
export function renderDecisionDialog(h: ReturnType<typeof setup>, props: DecisionDialogProps) {
  const user = userEvent.setup();
  render(
    <h.wrapper>
      <DecisionDialog {...props} />
    </h.wrapper>,
  );
  return user;
}
