import type { StraddleMessages } from "../types.js";

export const common: StraddleMessages["common"] = {
  retry: "Reintentar",
  loading: "Cargando…",
  errorTitle: "Algo salió mal",
  requestId: "ID de solicitud: {id}",
  notAvailable: "—",
  copy: "Copiar",
  copied: "Copiado",
  showAll: "Mostrar las {count}",
  showFewer: "Mostrar menos",
  renderError: "Esta parte de la página no se pudo mostrar. Reintente o vuelva a cargar la página.",
  invalidData: "Los datos dados a este componente no son válidos en: {paths}",
  outOfRange: "fuera de rango",
  unknownValue: "Desconocido ({value})",
  opensInNewTab: "(se abre en una pestaña nueva)",
  customerStatus: {
    pending: "Pendiente",
    review: "En revisión",
    verified: "Verificado",
    rejected: "Rechazado",
    inactive: "Inactivo",
  },
  customerType: {
    individual: "Persona física",
    business: "Empresa",
  },
  decision: {
    accept: "Aceptar",
    review: "Revisar",
    reject: "Rechazar",
  },
  /** Screening modules of the breakdown, by their API name. */
  modules: {
    fraud: "Fraude",
    synthetic: "Identidad sintética",
    email: "Correo electrónico",
    phone: "Teléfono",
    address: "Dirección",
    business_identification: "Identificación de la empresa",
    business_validation: "Validación de la empresa",
    business_evaluation: "Evaluación de la empresa",
  },
  correlation: {
    low_confidence: "Confianza baja",
    potential_match: "Posible coincidencia",
    likely_match: "Coincidencia probable",
    high_confidence: "Confianza alta",
  },
  /** A reviewer's judgement of one watchlist hit (kept by the host, not by Straddle). */
  disposition: {
    not_a_match: "No es el cliente",
    possible_match: "Posible coincidencia",
    confirmed_match: "Coincidencia confirmada",
  },
  dispositionSummary: {
    one: "{cleared} de 1 coincidencia descartada",
    other: "{cleared} de {count} coincidencias descartadas",
  },
  dispositionConfirmed: "{count} confirmadas",
  dispositionPossible: "{count} posibles",
};
