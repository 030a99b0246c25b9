import type { StraddleMessages } from "../types.js";

/** Strings of `<WatchlistMatches>`. Placeholders in braces are filled by the component. */
export const watchlist: StraddleMessages["watchlist"] = {
  title: "Verificación en listas de vigilancia",
  loading: "Cargando la verificación en listas de vigilancia…",
  decision: "Decisión",
  matchCount: "Coincidencias",
  matchedLists: "Listas con coincidencias",
  codes: "Códigos de resultado",
  matchTotal: {
    none: "Sin coincidencias",
    one: "1 coincidencia",
    other: "{count} coincidencias",
  },
  empty: "Sin coincidencias en listas de vigilancia",
  emptyDetail: "La verificación no encontró a este cliente en ninguna lista de vigilancia.",
  notScreened: "Aún no hay resultados de la verificación en listas de vigilancia.",
  pendingDetail: "Las comprobaciones de identidad de este cliente aún no han terminado.",
  errorTitle: "No se pudo cargar la verificación en listas de vigilancia",
  errorDetail: "El servidor no pudo devolver la verificación. Inténtelo de nuevo.",
  columns: {
    list: "Lista",
    correlation: "Correlación",
    fields: "Campos coincidentes",
    sources: "Fuentes",
  },
  unnamedList: "Lista sin nombre",
  noFields: "No se informaron campos",
  noSources: "Sin fuentes",
  notALink: "no es un enlace web",
  emptyUrl: "(vacío)",
  matchesHeading: "Coincidencias",
};
