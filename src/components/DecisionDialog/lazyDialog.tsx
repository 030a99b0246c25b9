import { Slot } from "@radix-ui/react-slot";
import {
  type ComponentProps,
  type ComponentPropsWithoutRef,
  createContext,
  forwardRef,
  type MouseEvent,
  type ReactNode,
  type RefObject,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
} from "react";

/**
 * The parts of `@radix-ui/react-dialog` DecisionDialog uses, with Radix itself loaded only after
 * the first render (Radix Dialog with its focus trap, dismissable layer and scroll lock is about
 * 14 kB gzip, most of the review screen's weight over budget, and most screens never open it).
 *
 * `Root` and `Trigger` are ours: same markup and ARIA as Radix's trigger (`aria-haspopup`,
 * `aria-expanded`, `aria-controls`, `data-state`), so the closed dialog renders on the server and
 * on the first client render without Radix. `Root` starts loading Radix once mounted (a host's
 * bundler puts it in its own chunk), long before a person can open the dialog; `Portal` renders
 * Radix's Root and Portal once it is there, and everything inside it is Radix's own component.
 * Opened before it arrived (a controlled `open` on the first render), the dialog appears as soon as
 * it has loaded. Same names as Radix's, so `DecisionDialog` reads `Dialog.Root`, `Dialog.Trigger`, ….
 */
type Radix = typeof import("@radix-ui/react-dialog");

let radix: Radix | undefined;
let loading: Promise<Radix> | undefined;

/** Loads Radix Dialog once for the page (also usable to preload it earlier). */
export function loadDialog(): Promise<Radix> {
  loading ??= import("@radix-ui/react-dialog").then((module) => {
    radix = module;
    return module;
  });
  return loading;
}

interface DialogContextValue {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  triggerRef: RefObject<HTMLElement | null>;
  contentId: string;
  radix: Radix | undefined;
}

const DialogContext = createContext<DialogContextValue | null>(null);

function useDialog(name: string): DialogContextValue {
  const context = useContext(DialogContext);
  if (!context) throw new Error(`${name} must be inside Dialog.Root`);
  return context;
}

/** Radix, where the dialog's content renders (only inside `Portal`, which waits for it). */
function useRadix(name: string): Radix {
  const loaded = useDialog(name).radix;
  if (!loaded) throw new Error(`${name} must be inside Dialog.Portal`);
  return loaded;
}

export function Root({
  open,
  onOpenChange,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  children?: ReactNode;
}) {
  const [loaded, setLoaded] = useState(radix);
  const triggerRef = useRef<HTMLElement | null>(null);
  const contentId = useId();
  useEffect(() => {
    if (loaded) return;
    let active = true;
    loadDialog().then(
      (module) => active && setLoaded(() => module),
      () => {
        // A failed chunk load: `loading` is cleared so the next mount tries again; the trigger stays.
        loading = undefined;
      },
    );
    return () => {
      active = false;
    };
  }, [loaded]);
  return (
    <DialogContext.Provider value={{ open, onOpenChange, triggerRef, contentId, radix: loaded }}>
      {children}
    </DialogContext.Provider>
  );
}

export function Trigger({
  asChild,
  onClick,
  ...props
}: ComponentProps<"button"> & { asChild?: boolean | undefined }) {
  const { open, onOpenChange, triggerRef, contentId } = useDialog("Dialog.Trigger");
  const Component = asChild ? Slot : "button";
  return (
    <Component
      type="button"
      aria-haspopup="dialog"
      aria-expanded={open}
      aria-controls={open ? contentId : undefined}
      data-state={open ? "open" : "closed"}
      {...props}
      ref={triggerRef as RefObject<HTMLButtonElement | null>}
      onClick={(event: MouseEvent<HTMLButtonElement>) => {
        onClick?.(event);
        if (!event.defaultPrevented) onOpenChange(!open);
      }}
    />
  );
}

export function Portal({ children }: { children?: ReactNode }) {
  const { open, onOpenChange, radix: loaded } = useDialog("Dialog.Portal");
  if (!loaded) return null;
  return (
    <loaded.Root open={open} onOpenChange={onOpenChange}>
      <loaded.Portal>{children}</loaded.Portal>
    </loaded.Root>
  );
}

// Radix's Portal hands its children a ref (through its Slot): every part forwards it, or React 18
// warns and Presence loses the element it watches.
export const Content = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<Radix["Content"]>>(
  function Content(props, ref) {
    const { triggerRef, contentId } = useDialog("Dialog.Content");
    const Radix = useRadix("Dialog.Content");
    return (
      <Radix.Content
        id={contentId}
        {...props}
        ref={ref}
        onCloseAutoFocus={(event) => {
          props.onCloseAutoFocus?.(event);
          if (event.defaultPrevented) return;
          // Radix returns focus to its own trigger; ours is outside its Root.
          event.preventDefault();
          triggerRef.current?.focus();
        }}
      />
    );
  },
);

export const Overlay = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<Radix["Overlay"]>>(
  function Overlay(props, ref) {
    const Radix = useRadix("Dialog.Overlay");
    return <Radix.Overlay {...props} ref={ref} />;
  },
);

export const Title = forwardRef<HTMLHeadingElement, ComponentPropsWithoutRef<Radix["Title"]>>(
  function Title(props, ref) {
    const Radix = useRadix("Dialog.Title");
    return <Radix.Title {...props} ref={ref} />;
  },
);

export const Description = forwardRef<HTMLParagraphElement, ComponentPropsWithoutRef<Radix["Description"]>>(
  function Description(props, ref) {
    const Radix = useRadix("Dialog.Description");
    return <Radix.Description {...props} ref={ref} />;
  },
);

export const Close = forwardRef<HTMLButtonElement, ComponentPropsWithoutRef<Radix["Close"]>>(
  function Close(props, ref) {
    const Radix = useRadix("Dialog.Close");
    return <Radix.Close {...props} ref={ref} />;
  },
);
