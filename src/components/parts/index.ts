export { Badge, type BadgeProps } from "./Badge.js";
export { CodeChip, type CodeChipProps } from "./CodeChip.js";
export { Icon, type IconName } from "./Icon.js";
export { Meter, type MeterProps } from "./Meter.js";
export { Skeleton } from "./Skeleton.js";
export { StateMessage, type StateMessageProps } from "./StateMessage.js";
export { type Tone, toneOf } from "./tone.js";
