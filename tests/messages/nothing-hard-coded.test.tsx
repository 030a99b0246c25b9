import { QueryClient } from "@tanstack/react-query";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { describe, expect, test, vi } from "vitest";
import { createFetchFetcher } from "../../src/api";
import { decideCustomerReview } from "../../src/api/endpoints";
import { CustomerTable } from "../../src/components/CustomerTable/CustomerTable";
import { DecisionDialog } from "../../src/components/DecisionDialog/DecisionDialog";
import { ReviewBreakdownPanel } from "../../src/components/ReviewBreakdownPanel/ReviewBreakdownPanel";
import { WatchlistMatches } from "../../src/components/WatchlistMatches/WatchlistMatches";
import { StraddleProvider } from "../../src/hooks";
import { CustomerForm, ReviewQueue } from "../../src/index";
import { es } from "../../src/messages";
import { createSandbox, type SandboxOptions, sandboxIds } from "../../src/sandbox";
import { createOnboardingProxy } from "../../src/server";
import { setup } from "../hooks/harness";
import { englishLeaks, englishNeedles, stringSet } from "./dom";

// Real rendering of whole components in jsdom on a shared machine.
vi.setConfig({ testTimeout: 30_000 });

function renderSpanish(ui: ReactNode, options: SandboxOptions = {}, retryCount?: number) {
  const h = setup(options, {
    locale: "es-ES",
    messages: es,
    ...(retryCount === undefined ? {} : { retry: { count: retryCount, baseDelayMs: 1 } }),
  });
  const view = render(<h.wrapper>{ui}</h.wrapper>);
  return { h, view };
}

/** Waits until the component's root left its loading state. */
async function settled(selector: string, state = "ready") {
  await waitFor(
    () => {
      const root = document.querySelector(selector);
      expect(root).not.toBeNull();
      expect(root).toHaveAttribute("data-state", state);
      expect(root).not.toHaveAttribute("aria-busy");
    },
    { timeout: 10_000 },
  );
}

function expectNoEnglish() {
  expect(englishLeaks()).toEqual([]);
}

function expectSpanish(...expected: string[]) {
  const strings = stringSet();
  expect(expected.filter((text) => !strings.has(text))).toEqual([]);
}

describe("the English needles", () => {
  test("are whole messages, enough of them to mean something", () => {
    expect(englishNeedles.length).toBeGreaterThan(250);
    const paths = englishNeedles.map((needle) => needle.path);
    expect(paths).toContain("reviewPanel.title");
    expect(paths).toContain("decisionDialog.confirmVerify");
    // Identical in both languages, or too short to tell apart: not needles.
    expect(paths).not.toContain("customerForm.states.TX");
    expect(paths).not.toContain("common.notAvailable");
  });

  test("find an English message in the DOM, including a filled-in template, and ignore data", () => {
    document.body.innerHTML = `
      <p>Tom Haverford</p>
      <p>Email address is associated with fraud</p>
      <button aria-label="Verify Tom Haverford?">x</button>
      <span title="Identity review">y</span>
      <span><span>3</span> checks need attention</span>`;
    const leaks = englishLeaks();
    expect(leaks.map((leak) => leak.message).sort()).toEqual([
      "decisionDialog.confirmVerify",
      "reviewPanel.attention.other",
      "reviewPanel.title",
    ]);
    document.body.innerHTML = "";
  });
});

describe("nothing hard-coded: every component in Spanish shows no English message", () => {
  test("ReviewBreakdownPanel, the maximal review with watchlist details and refresh", async () => {
    const user = userEvent.setup();
    renderSpanish(<ReviewBreakdownPanel customerId={sandboxIds.maximal} watchlist="details" allowRefresh />);
    await settled(".sc-ReviewBreakdownPanel");
    expectSpanish(
      "Revisión de identidad",
      "Comprobaciones de la evaluación",
      "Validaciones KYC",
      "Reputación",
      "Estado del cliente",
      "Actualizar la revisión",
    );
    expectNoEnglish();
    // Every "show all" and disclosure, opened.
    for (const button of screen.queryAllByRole("button", { expanded: false })) await user.click(button);
    expectNoEnglish();
  });

  test.each([
    ["high risk", sandboxIds.reviewIndividualHighRisk, "ready"],
    ["reputation heavy", sandboxIds.reputationHeavy, "ready"],
    ["network alerts", sandboxIds.networkAlerts, "ready"],
    ["KYC mismatch", sandboxIds.kycMismatch, "ready"],
    ["business EIN mismatch", sandboxIds.businessEinMismatch, "ready"],
    ["unexpected values", sandboxIds.unexpectedValues, "ready"],
    ["status disagrees with the screening", sandboxIds.rejectedWithAcceptDecision, "ready"],
    ["pending, no results", sandboxIds.pendingNoDetails, "pending"],
  ])("ReviewBreakdownPanel: %s", async (_name, customerId, state) => {
    renderSpanish(<ReviewBreakdownPanel customerId={customerId} watchlist="details" />);
    await settled(".sc-ReviewBreakdownPanel", state);
    expectNoEnglish();
  });

  test("ReviewBreakdownPanel and WatchlistMatches: the error states", async () => {
    const { h } = renderSpanish(
      <>
        <ReviewBreakdownPanel customerId={sandboxIds.maximal} />
        <WatchlistMatches customerId={sandboxIds.maximal} />
      </>,
      {},
      0,
    );
    h.sandbox.fail("customers.review.get", { status: 500, times: Number.POSITIVE_INFINITY });
    await settled(".sc-ReviewBreakdownPanel", "error");
    await settled(".sc-WatchlistMatches", "error");
    expectSpanish("No se pudo cargar la revisión de identidad", "Reintentar");
    expectNoEnglish();
  });

  test.each([
    ["three matches", sandboxIds.individualWatchlist, "ready"],
    ["27 matches", sandboxIds.manyWatchlistMatches, "ready"],
    ["no match", sandboxIds.verifiedIndividual, "ready"],
    ["hostile URLs", sandboxIds.hostileStrings, "ready"],
    ["not screened yet", sandboxIds.pendingNoDetails, "pending"],
  ])("WatchlistMatches: %s", async (_name, customerId, state) => {
    const user = userEvent.setup();
    renderSpanish(<WatchlistMatches customerId={customerId} />);
    await settled(".sc-WatchlistMatches", state);
    expectNoEnglish();
    const showAll = screen.queryByRole("button", { name: /^Mostrar las / });
    if (showAll) {
      await user.click(showAll);
      expect(showAll).toHaveTextContent("Mostrar menos");
      expectNoEnglish();
    }
  });

  test("DecisionDialog: trigger, choice, confirmation, result", async () => {
    const user = userEvent.setup();
    renderSpanish(<DecisionDialog customerId={sandboxIds.reviewIndividualHighRisk} />);
    const trigger = await screen.findByRole("button", { name: "Decidir…" });
    await waitFor(() => expect(trigger).not.toHaveAttribute("aria-disabled"));
    expectNoEnglish();

    await user.click(trigger);
    const dialog = await screen.findByRole("dialog", { name: "Decisión de la revisión" });
    const d = within(dialog);
    await d.findByText("Requiere atención");
    expectSpanish("Cliente", "Evaluación", "La evaluación recomienda", "Cancelar", "Continuar");
    expectNoEnglish();

    await user.click(d.getByRole("radio", { name: /Rechazar/ }));
    await user.type(d.getByLabelText("Nota del revisor (opcional)"), "Identidad sintética");
    await user.click(d.getByRole("button", { name: "Continuar" }));
    await d.findByText(/^¿Rechazar a .+\?$/);
    expectSpanish("Esta acción no se puede deshacer desde aquí.", "Rechazar cliente", "Atrás");
    expectNoEnglish();

    await user.click(d.getByRole("button", { name: "Rechazar cliente" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent(/^Se rechazó a .+\.$/));
    await waitFor(() => expect(trigger).toHaveAttribute("aria-disabled", "true"));
    expectNoEnglish();
  });

  test("ReviewBreakdownPanel and WatchlistMatches: a 404 says the customer does not exist", async () => {
    renderSpanish(
      <>
        <ReviewBreakdownPanel customerId="00000000-0000-4000-8000-00000000dead" />
        <WatchlistMatches customerId="00000000-0000-4000-8000-00000000dead" />
      </>,
      {},
      0,
    );
    await settled(".sc-ReviewBreakdownPanel", "error");
    await settled(".sc-WatchlistMatches", "error");
    expectSpanish("Este cliente no existe");
    expectNoEnglish();
  });

  test("ReviewBreakdownPanel: 403", async () => {
    renderSpanish(
      <ReviewBreakdownPanel customerId={sandboxIds.verifiedIndividual} />,
      {
        failures: [{ endpoint: "customers.review.get", status: 403, times: 10 }],
      },
      0,
    );
    await settled(".sc-ReviewBreakdownPanel", "error");
    expectSpanish("Su cuenta no puede ver a este cliente");
    expectNoEnglish();
  });

  test("WatchlistMatches: hits judged, with the customer's own values", async () => {
    const user = userEvent.setup();
    renderSpanish(<WatchlistMatches customerId={sandboxIds.businessWatchlist} />);
    await settled(".sc-WatchlistMatches");
    const cards = document.querySelectorAll<HTMLElement>(".sc-WatchlistMatches-match");
    await user.click(within(cards[0] as HTMLElement).getByRole("radio", { name: "Coincidencia confirmada" }));
    await user.click(within(cards[1] as HTMLElement).getByRole("radio", { name: "Posible coincidencia" }));
    await user.click(within(cards[2] as HTMLElement).getByRole("radio", { name: "No es el cliente" }));
    expectSpanish(
      "Razón social",
      "Este cliente",
      "1 de 5 coincidencias descartadas · 1 confirmadas · 1 posibles",
    );
    expectNoEnglish();
  });

  test("DecisionDialog: hits, draft restored, discard, status changed meanwhile", async () => {
    const user = userEvent.setup();
    const { h } = renderSpanish(<DecisionDialog customerId={sandboxIds.individualWatchlist} />);
    const trigger = await screen.findByRole("button", { name: "Decidir…" });
    await waitFor(() => expect(trigger).not.toHaveAttribute("aria-disabled"));
    await user.click(trigger);
    let d = within(await screen.findByRole("dialog"));
    await user.click(d.getByRole("radio", { name: /Rechazar/ }));
    await user.click(d.getAllByRole("radio", { name: "No es el cliente" })[0] as HTMLElement);
    expectSpanish("Coincidencias juzgadas", "Descartar el borrador");
    expectNoEnglish();
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    await user.click(trigger);
    d = within(await screen.findByRole("dialog"));
    await d.findByText(/Se conservó su borrador/);
    expectNoEnglish();
    await user.click(d.getByRole("button", { name: "Continuar" }));
    await decideCustomerReview({ fetcher: h.sandbox.fetcher }, sandboxIds.individualWatchlist, {
      status: "verified",
    });
    await user.click(d.getByRole("button", { name: "Rechazar cliente" }));
    await d.findByText(/El estado del cliente cambió mientras tanto/);
    expectNoEnglish();
  });

  test("DecisionDialog: a network failure says that trying again is safe", async () => {
    const user = userEvent.setup();
    const { h } = renderSpanish(<DecisionDialog customerId={sandboxIds.reviewIndividualHighRisk} />, {}, 0);
    h.sandbox.fail("customers.review.decision", { network: true, times: 1 });
    const trigger = await screen.findByRole("button", { name: "Decidir…" });
    await waitFor(() => expect(trigger).not.toHaveAttribute("aria-disabled"));
    await user.click(trigger);
    const dialog = await screen.findByRole("dialog", { name: "Decisión de la revisión" });
    const d = within(dialog);
    await user.click(d.getByRole("radio", { name: /Verificar/ }));
    await user.click(d.getByRole("button", { name: "Continuar" }));
    await user.click(d.getByRole("button", { name: "Verificar cliente" }));
    expect(await d.findByRole("alert")).toHaveTextContent(es.decisionDialog.networkError);
    expectNoEnglish();
  });

  test("DecisionDialog: a verified customer cannot be decided, and says so in Spanish", async () => {
    renderSpanish(<DecisionDialog customerId={sandboxIds.verifiedIndividual} />);
    await screen.findByText(
      "Solo se puede decidir sobre un cliente en revisión. Este cliente está verificado.",
    );
    expectNoEnglish();
  });

  test("CustomerForm, individual: empty submit shows Spanish validation, nothing English", async () => {
    const user = userEvent.setup({ delay: null });
    renderSpanish(<CustomerForm />);
    await screen.findByRole("button", { name: "Crear cliente" });
    expectSpanish("Tipo de cliente", "Datos de contacto", "Verificación de identidad", "Nombre completo");
    expectNoEnglish();

    await user.click(screen.getByRole("button", { name: "Crear cliente" }));
    await screen.findAllByText("Ingrese un nombre.");
    expectNoEnglish();

    // Half an address, a DOB without SSN, a bad email: the rules across fields.
    await user.type(screen.getByRole("textbox", { name: /^Correo electrónico/ }), "no-es-un-correo");
    await user.type(screen.getByRole("textbox", { name: /^Ciudad/ }), "Springfield");
    await user.type(screen.getByRole("textbox", { name: /^Fecha de nacimiento/ }), "1990-12-10");
    await user.click(screen.getByRole("button", { name: "Agregar una entrada" }));
    await user.click(screen.getByRole("button", { name: "Crear cliente" }));
    await screen.findByText(es.customerForm.validation.email);
    expectNoEnglish();
  });

  test("CustomerForm, business: representatives, metadata, validation", async () => {
    const user = userEvent.setup({ delay: null });
    renderSpanish(<CustomerForm defaultType="business" />);
    await screen.findByRole("button", { name: "Crear cliente" });
    expectSpanish("Verificación de la empresa", "Representantes", "Nombre de la empresa");
    expectNoEnglish();
    await user.click(screen.getByRole("button", { name: "Agregar un representante" }));
    await user.click(screen.getByRole("button", { name: "Agregar una entrada" }));
    await screen.findByText("Representante 1");
    await user.click(screen.getByRole("button", { name: "Crear cliente" }));
    await screen.findAllByText("Ingrese el nombre del representante.");
    expectNoEnglish();
  });

  test("CustomerForm, editing a stored business: masked values, fixed type, save", async () => {
    const user = userEvent.setup({ delay: null });
    const { h } = renderSpanish(<CustomerForm customerId={sandboxIds.verifiedBusiness} />);
    await screen.findByRole("button", { name: "Guardar cambios" });
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 30)));
    expectSpanish("Editar cliente");
    expectNoEnglish();
    const before = h.count("PATCH");
    await user.clear(screen.getByRole("textbox", { name: /^Nombre de la empresa/ }));
    await user.type(screen.getByRole("textbox", { name: /^Nombre de la empresa/ }), "Pawnee Dulces S.A.");
    await user.click(screen.getByRole("button", { name: "Guardar cambios" }));
    await waitFor(() => expect(h.count("PUT") + h.count("PATCH")).toBeGreaterThan(before));
    await screen.findByText(/^Se guardaron los cambios de .+\.$/);
    expectNoEnglish();
  });

  test("CustomerTable: the list, a filter with no result, the error state", async () => {
    const user = userEvent.setup();
    const { h } = renderSpanish(<CustomerTable searchDebounceMs={10} />, {}, 0);
    await waitFor(() => expect(document.querySelector("tbody tr[data-index]")).not.toBeNull(), {
      timeout: 10_000,
    });
    await waitFor(() => expect(document.querySelector("table")).not.toHaveAttribute("aria-busy"));
    expectSpanish("Clientes", "Buscar clientes", "Cliente", "Fecha de creación", "Filas por página");
    expectNoEnglish();

    await user.type(screen.getByLabelText("Buscar clientes"), "zzqx");
    await screen.findByText("Ningún cliente coincide con estos filtros", undefined, { timeout: 10_000 });
    expectSpanish("Borrar filtros", "Pruebe otra búsqueda o borre los filtros.");
    expectNoEnglish();

    h.sandbox.fail("customers.list", { status: 500, times: Number.POSITIVE_INFINITY });
    await user.clear(screen.getByLabelText("Buscar clientes"));
    await user.type(screen.getByLabelText("Buscar clientes"), "q");
    await screen.findByText("No se pudieron cargar los clientes", undefined, { timeout: 10_000 });
    expectNoEnglish();
  });

  test("CustomerForm, onboarding: every step, its errors, the review, a failure and the thank-you", async () => {
    const user = userEvent.setup({ delay: null });
    const sandbox = createSandbox();
    const proxy = createOnboardingProxy({
      apiKey: "sk_test_spanish_onboarding",
      environment: "sandbox",
      basePath: "/api/onboarding",
      deviceIp: () => "203.0.113.9",
      fetch: (url, init) => sandbox.fetch(url, init),
    });
    const fetcher = createFetchFetcher({
      baseUrl: "http://host.test/api/onboarding",
      fetch: async (input, init) => proxy(new Request(input, init)),
    });
    render(
      <StraddleProvider
        fetcher={fetcher}
        queryClient={new QueryClient()}
        locale="es-ES"
        messages={es}
        retry={{ count: 0 }}
      >
        <CustomerForm variant="onboarding" />
      </StraddleProvider>,
    );
    const o = es.customerForm.onboarding;
    const next = () => screen.getByRole("button", { name: o.actions.next });
    const title = (text: string) =>
      waitFor(() => expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent(text));
    expectSpanish(o.stepTitles.about, "Paso 1 de 5", o.type.individualHint, o.sections.type);
    expectNoEnglish();

    await user.click(next());
    await screen.findByText("Ingrese un nombre.");
    expectNoEnglish();
    await user.click(screen.getByRole("radio", { name: /Empresa/ }));
    expectSpanish(o.labels.nameBusiness);
    expectNoEnglish();
    await user.click(screen.getByRole("radio", { name: /Persona física/ }));
    await user.type(screen.getByRole("textbox", { name: /^Su nombre completo/ }), "Ana Solicitante");
    await user.click(next());
    await title(o.stepTitles.contact);
    await user.click(next());
    await screen.findByText(es.customerForm.validation.email);
    expectNoEnglish();
    await user.type(
      screen.getByRole("textbox", { name: /^Correo electrónico/ }),
      "ana.solicitante@example.com",
    );
    await user.type(screen.getByRole("textbox", { name: /^Teléfono/ }), "3175550142");
    await user.click(next());
    await title(o.stepTitles.address);
    await user.type(screen.getByRole("textbox", { name: /^Ciudad/ }), "Pawnee");
    await user.click(next());
    await screen.findByText(es.customerForm.validation.address1);
    expectNoEnglish();
    await user.clear(screen.getByRole("textbox", { name: /^Ciudad/ }));
    await user.click(next());
    await title(o.stepTitles.identity);
    await user.click(next());
    await screen.findByText(es.customerForm.validation.dob);
    expectNoEnglish();
    await user.type(screen.getByRole("textbox", { name: /^Fecha de nacimiento/ }), "19850412");
    await user.type(screen.getByLabelText(/^Número de Seguro Social/), "987654321");
    await user.click(next());
    await title(o.stepTitles.review);
    expectSpanish(o.review.deviceServer, o.review.notGiven, "***-**-4321", "Atrás");
    expectNoEnglish();

    sandbox.fail("customers.create", { status: 503, times: 1 });
    await user.click(screen.getByRole("button", { name: o.actions.submit }));
    await screen.findByText(o.errorTitle);
    expectNoEnglish();
    await user.click(screen.getByRole("button", { name: "Reintentar" }));
    await screen.findByText(o.thankYouTitle);
    expectSpanish(o.thankYouBody);
    expectNoEnglish();
  });

  test("ReviewQueue: progress, shortcuts, confirmation, a skip, the empty queue", async () => {
    const user = userEvent.setup();
    // Only the two oldest customers in review: Tom Haverford, then Entertainment 720.
    const { h } = renderSpanish(<ReviewQueue created_to="2026-01-07" onOpenCustomer={() => {}} />);
    await settled(".sc-ReviewQueue");
    await settled(".sc-ReviewBreakdownPanel");
    expectSpanish(
      "Cola de revisión",
      "1 de 2 en revisión",
      "Anterior",
      "Siguiente",
      "Abrir el cliente",
      "Decisión",
    );
    expectNoEnglish();
    await user.keyboard("?");
    expectSpanish("Atajos de teclado", "Siguiente cliente", "Elegir Verificar");
    expectNoEnglish();
    await user.keyboard("r");
    await screen.findByText(/^¿Rechazar a .+\?$/);
    expectNoEnglish();
    // The first one was decided elsewhere meanwhile: the decision is refused, the queue skips it.
    await decideCustomerReview({ fetcher: h.sandbox.fetcher }, sandboxIds.reviewIndividualHighRisk, {
      status: "verified",
    });
    await user.keyboard("{Enter}");
    await screen.findByText(/^Otra persona ya decidió sobre .+ y se omitió\.$/);
    await screen.findByText("1 de 1 en revisión");
    expectNoEnglish();
    await user.keyboard("v");
    await user.keyboard("{Enter}");
    await screen.findByText("No hay nada que revisar");
    expectSpanish("1 cliente decidido desde que se abrió la cola.");
    expectNoEnglish();
  });
});
