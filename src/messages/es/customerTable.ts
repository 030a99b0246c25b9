import type { StraddleMessages } from "../types.js";

/** Strings of `<CustomerTable>`. Placeholders in braces are filled in by the component. */
export const customerTable: StraddleMessages["customerTable"] = {
  caption: "Clientes",
  keyboardHint:
    "Las flechas recorren los clientes; Inicio y Fin van al primero y al último; Enter o Espacio abre el cliente.",
  searchLabel: "Buscar clientes",
  searchPlaceholder: "Buscar por nombre, correo, teléfono o ID",
  statusLegend: "Estado",
  typeLegend: "Tipo",
  typeAll: "Todos",
  typeIndividual: "Personas físicas",
  typeBusiness: "Empresas",
  createdLegend: "Fecha de creación",
  createdFrom: "Creado desde",
  createdTo: "Creado hasta",
  createdRangeSeparator: "a",
  clearFilters: "Borrar filtros",
  count: {
    none: "Ningún cliente",
    one: "1 cliente",
    other: "{count} clientes",
  },
  loading: "Cargando clientes…",
  refreshing: "Actualizando la lista…",
  columns: {
    customer: "Cliente",
    type: "Tipo",
    status: "Estado",
    created: "Creado",
    externalId: "ID externo",
    /** The last column's header (visually hidden): each row's "open" arrow. */
    open: "Abrir",
  },
  /** Title of a created date: the full date-time and how long ago. */
  createdTitle: "{dateTime} ({relative})",
  emptyTitle: "Ningún cliente coincide con estos filtros",
  emptyDetail: "Pruebe otra búsqueda o borre los filtros.",
  emptyNoFiltersTitle: "Aún no hay clientes",
  emptyNoFiltersDetail: "Los clientes aparecen aquí una vez creados.",
  errorTitle: "No se pudieron cargar los clientes",
  errorDetail: "El servidor no pudo devolver la lista. Inténtelo de nuevo.",
  pagination: "Paginación",
  previousPage: "Anterior",
  nextPage: "Siguiente",
  pageOf: "Página {page} de {pages}",
  pageSize: "Filas por página",
};
