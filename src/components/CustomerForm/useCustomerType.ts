import { useWatch } from "react-hook-form";
import type { CustomerType } from "../../api/schemas/common.js";
import { useCustomerFormContext } from "./context.js";

/** The chosen type; renders its caller only when the type changes. */
export function useCustomerType(): CustomerType {
  const { control } = useCustomerFormContext();
  return useWatch({ control, name: "type" });
}
