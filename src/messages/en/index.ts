import { common } from "./common";

/** English, the default messages. */
export const en = {
  common,
};
