export { Badge, type BadgeProps } from "./Badge";
export { CodeChip, type CodeChipProps } from "./CodeChip";
export { Icon, type IconName } from "./Icon";
export { Meter, type MeterProps } from "./Meter";
export { Skeleton } from "./Skeleton";
export { StateMessage, type StateMessageProps } from "./StateMessage";
export { type Tone, toneOf } from "./tone";
