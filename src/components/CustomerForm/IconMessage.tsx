import type { ReactNode } from "react";
import { Icon, type IconName } from "../shared/Icon.js";

/** A line with an icon before it: a field's or a group's error, the success after a save. */
export function IconMessage({
  className,
  id,
  icon,
  children,
}: {
  className: string;
  id?: string | undefined;
  icon: IconName;
  children: ReactNode;
}) {
  return (
    <p className={className} id={id}>
      <Icon name={icon} />
      <span>{children}</span>
    </p>
  );
}
