import type { StraddleMessages } from "../types.js";

/** Strings of `<ReviewQueue>`. Placeholders in braces are filled by the component. */
export const reviewQueue: StraddleMessages["reviewQueue"] = {
  title: "Cola de revisión",
  progress: "{position} de {total} en revisión",
  progressTotal: "{total} en revisión",
  loading: "Cargando la cola de revisión…",
  errorTitle: "No se pudo cargar la cola de revisión",
  moreError: "No se pudieron cargar más clientes en revisión.",
  previous: "Anterior",
  next: "Siguiente",
  navigation: "Navegación de la cola",
  openCustomer: "Abrir el cliente",
  createdAt: "En la cola desde el {date}",
  decisionHeading: "Decisión",
  // {status} is the customer status label in lower case ("verificado", "rechazado").
  decidedHere: "Decidido: este cliente ahora está {status}.",
  nextCustomer: "Siguiente cliente",
  skipped: "Otra persona ya decidió sobre {name} y se omitió.",
  dismiss: "Descartar",
  emptyTitle: "No hay nada que revisar",
  decidedSince: {
    none: "No se decidió sobre ningún cliente desde que se abrió la cola.",
    one: "1 cliente decidido desde que se abrió la cola.",
    other: "{count} clientes decididos desde que se abrió la cola.",
  },
  shortcutsButton: "Atajos de teclado",
  shortcutsTitle: "Atajos de teclado",
  legendTitle: "Atajos",
  shortcutsHint: "Los atajos funcionan siempre que el foco no esté en un campo de texto.",
  shortcutsOff: "Los atajos de teclado están desactivados.",
  closeShortcuts: "Cerrar",
  keyOr: "o",
  keys: {
    ArrowRight: "Flecha derecha",
    ArrowLeft: "Flecha izquierda",
    Escape: "Esc",
    Enter: "Intro",
  },
  actions: {
    next: "Siguiente cliente",
    previous: "Cliente anterior",
    verify: "Elegir Verificar",
    reject: "Elegir Rechazar",
    note: "Escribir una nota",
    help: "Mostrar u ocultar esta lista",
  },
};
