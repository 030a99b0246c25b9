/** `straddle-customers-react`: provider, hooks, components and types. */
export * from "./headless";
