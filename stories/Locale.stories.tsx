import type { Meta, StoryObj } from "@storybook/react-vite";
import { type CSSProperties, useEffect, useId, useState } from "react";
import { expect, screen, userEvent, waitFor, within } from "storybook/test";
import { StraddleProvider } from "../src/hooks";
import {
  CustomerForm,
  CustomerTable,
  DecisionDialog,
  ReviewBreakdownPanel,
  WatchlistMatches,
} from "../src/index";
import { en, es, type StraddleMessages } from "../src/messages";
import { sandboxIds } from "../src/sandbox";
import { getStorySandbox } from "./storySandbox";
import "./workspace.css";

type Language = "en" | "es";

/** What the host passes for each language: a complete catalogue and a BCP 47 locale. */
const languages: Record<Language, { messages: StraddleMessages; locale: string; name: string }> = {
  en: { messages: en, locale: "en-US", name: "English" },
  es: { messages: es, locale: "es-ES", name: "Español" },
};

/** The host page's own words (not the library's): a host translates its chrome itself. */
const chrome = {
  en: {
    title: "Reviewer screen",
    intro: "Every string below comes from the provider's messages; dates and numbers from its locale.",
    language: "Language",
    side: "Decision and watchlist",
    decision: "Decision",
    decisionHint: "Straddle stores the status; your note stays with your platform.",
    form: "New customer",
  },
  es: {
    title: "Pantalla de revisión",
    intro:
      "Todos los textos de abajo vienen de los mensajes del proveedor; las fechas y los números, de su configuración regional.",
    language: "Idioma",
    side: "Decisión y listas de vigilancia",
    decision: "Decisión",
    decisionHint: "Straddle almacena el estado; su nota se queda en su plataforma.",
    form: "Nuevo cliente",
  },
} satisfies Record<Language, Record<string, string>>;

const switchStyle: CSSProperties = {
  display: "flex",
  flexWrap: "wrap",
  alignItems: "center",
  gap: "8px 16px",
  margin: 0,
  padding: "8px 12px",
  border: "1px solid var(--sc-color-border)",
  borderRadius: "var(--sc-radius)",
  alignSelf: "flex-start",
};

interface LocaleDemoProps {
  /** A customer in review (with watchlist matches, to show every part). */
  customerId: string;
  /** The language the story starts in. */
  initialLanguage: Language;
}

/**
 * A host that lets the person choose the language: one nested `<StraddleProvider>` re-provides
 * `messages` and `locale` over the story's sandbox; its cache survives the switch (no refetch).
 */
function LocaleDemo({ customerId, initialLanguage }: LocaleDemoProps) {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [fetcher] = useState(() => getStorySandbox().fetcher);
  const { messages, locale } = languages[language];
  const words = chrome[language];
  const ids = useId();

  // The page's language follows the choice, so assistive technology reads it with the right voice
  // (the decision dialog is portalled to <body>, outside the `lang` of the wrapper below).
  useEffect(() => {
    const root = document.documentElement;
    const previous = root.lang;
    root.lang = language;
    return () => {
      root.lang = previous;
    };
  }, [language]);

  return (
    <StraddleProvider fetcher={fetcher} locale={locale} messages={messages} retry={{ baseDelayMs: 50 }}>
      <div className="ws" lang={language}>
        <header className="ws-header sc-root">
          <div>
            <h1 className="ws-name">{words.title}</h1>
            <p className="ws-muted">{words.intro}</p>
          </div>
          <fieldset style={switchStyle}>
            <legend className="sc-visually-hidden">{words.language}</legend>
            <span aria-hidden="true" className="ws-muted" style={{ margin: 0 }}>
              {words.language}
            </span>
            {(Object.keys(languages) as Language[]).map((code) => (
              <label key={code} lang={code} style={{ display: "inline-flex", alignItems: "center", gap: 6 }}>
                <input
                  type="radio"
                  name={`${ids}-language`}
                  value={code}
                  checked={language === code}
                  onChange={() => setLanguage(code)}
                />
                {languages[code].name}
              </label>
            ))}
          </fieldset>
        </header>
        <div className="ws-grid">
          <ReviewBreakdownPanel customerId={customerId} watchlist="hidden" allowRefresh />
          <aside className="ws-side" aria-label={words.side}>
            <section className="ws-card" aria-labelledby={`${ids}-decision`}>
              <h2 id={`${ids}-decision`} className="ws-card-title">
                {words.decision}
              </h2>
              <p className="ws-muted">{words.decisionHint}</p>
              <DecisionDialog customerId={customerId} />
            </section>
            <WatchlistMatches
              customerId={customerId}
              density="compact"
              headingLevel={2}
              className="ws-card"
            />
          </aside>
        </div>
        <section className="ws-card" aria-labelledby={`${ids}-form`}>
          <h2 id={`${ids}-form`} className="ws-card-title">
            {words.form}
          </h2>
          <CustomerForm />
        </section>
      </div>
    </StraddleProvider>
  );
}

const meta = {
  title: "Guides/Locale",
  component: LocaleDemo,
  args: { customerId: sandboxIds.individualWatchlist, initialLanguage: "en" },
  argTypes: { initialLanguage: { control: "inline-radio", options: ["en", "es"] } },
  parameters: {
    layout: "fullscreen",
    docs: {
      description: {
        component:
          'A complete Spanish catalogue (`spanishMessages`) passed with `locale="es-ES"` through a nested `<StraddleProvider>`: every string of the reviewer\'s screen and the customer form changes, dates and numbers follow the locale, the cached data stays.',
      },
    },
  },
} satisfies Meta<typeof LocaleDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = ReturnType<typeof within>;

/** "2 feb 2026, 15:04": day, Spanish month abbreviation, year. */
const spanishDate = /^\d{1,2} (ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic)\.? \d{4}/;
/** "Feb 2, 2026, 3:04 PM". */
const englishDate = /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, \d{4}/;

/** Waits until the review has loaded and its created date (panel header) reads like `pattern`. */
async function expectReviewDate(canvasElement: HTMLElement, pattern: RegExp) {
  await waitFor(
    () => {
      const time = canvasElement.querySelector(".sc-ReviewBreakdownPanel[data-state='ready'] time");
      expect(time?.textContent ?? "").toMatch(pattern);
    },
    { timeout: 5000 },
  );
}

async function expectSpanish(canvas: Canvas, canvasElement: HTMLElement) {
  await expectReviewDate(canvasElement, spanishDate);
  // The panel's heading: its title, then the customer's name.
  await expect(canvas.getByRole("heading", { name: /^Revisión de identidad/ })).toBeVisible();
  await expect(canvas.getByRole("heading", { name: "Verificación en listas de vigilancia" })).toBeVisible();
  await expect(canvas.getByRole("button", { name: "Decidir…" })).toBeVisible();
  await expect(canvas.getByRole("button", { name: "Actualizar la revisión" })).toBeVisible();
  await expect(canvas.getByRole("group", { name: "Datos de contacto" })).toBeVisible();
  await expect(canvas.getByRole("textbox", { name: /^Nombre completo/ })).toBeVisible();
  await expect(canvas.getByRole("button", { name: "Crear cliente" })).toBeVisible();
  await expect(canvas.queryByRole("heading", { name: /^Identity review/ })).toBeNull();
  await expect(document.documentElement.lang).toBe("es");
}

async function expectEnglish(canvas: Canvas, canvasElement: HTMLElement) {
  await expectReviewDate(canvasElement, englishDate);
  await expect(canvas.getByRole("heading", { name: /^Identity review/ })).toBeVisible();
  await expect(canvas.getByRole("heading", { name: "Watchlist screening" })).toBeVisible();
  await expect(canvas.getByRole("button", { name: "Decide…" })).toBeVisible();
  await expect(canvas.getByRole("button", { name: "Create customer" })).toBeVisible();
  await expect(canvas.queryByRole("heading", { name: /^Revisión de identidad/ })).toBeNull();
  await expect(document.documentElement.lang).toBe("en");
}

/** English first; switch to Español (strings, date format, the dialog), then back, with no refetch. */
export const SwitchLanguage: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const sandbox = getStorySandbox();
    await expectEnglish(canvas, canvasElement);
    const reads = sandbox.requests.length;

    await userEvent.click(canvas.getByRole("radio", { name: "Español" }));
    await expect(canvas.getByRole("radio", { name: "Español" })).toBeChecked();
    await expect(canvas.getByRole("group", { name: "Idioma" })).toBeVisible();
    await expectSpanish(canvas, canvasElement);

    const trigger = canvas.getByRole("button", { name: "Decidir…" });
    await waitFor(() => expect(trigger).not.toHaveAttribute("aria-disabled"));
    await userEvent.click(trigger);
    const dialog = within(await screen.findByRole("dialog", { name: "Decisión de la revisión" }));
    // The dialog fades in: wait until it is shown, not just mounted.
    await waitFor(() => expect(dialog.getByText("La evaluación recomienda")).toBeVisible(), {
      timeout: 5000,
    });
    await expect(dialog.getByRole("radio", { name: /Verificar/ })).toBeVisible();
    await expect(dialog.getByRole("radio", { name: /Rechazar/ })).toBeVisible();
    await userEvent.click(dialog.getByRole("button", { name: "Cancelar" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());

    await userEvent.click(canvas.getByRole("radio", { name: "English" }));
    await expectEnglish(canvas, canvasElement);
    // The language is presentation only: the cache served both renderings.
    await expect(sandbox.requests.length).toBe(reads);
  },
};

/** Spanish from the start, with the form's validation messages showing (the longest strings). */
export const Spanish: Story = {
  args: { initialLanguage: "es" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expectSpanish(canvas, canvasElement);
    await expect(
      canvas.getByText(
        /^(\d+ comprobaci(ón|ones) requieren? atención|Ninguna comprobación requiere atención\.)$/,
      ),
    ).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Crear cliente" }));
    await expect(await canvas.findByText("Ingrese un nombre.")).toBeVisible();
    await expect(canvas.getAllByText(/^Ingrese una dirección de correo/).length).toBeGreaterThan(0);
    // The first invalid field takes the focus, as in English.
    await waitFor(() => expect(canvas.getByRole("textbox", { name: /^Nombre completo/ })).toHaveFocus());
  },
};

/** The decision dialog in Spanish, at its confirmation step. */
export const SpanishDecision: Story = {
  args: { initialLanguage: "es" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const trigger = await canvas.findByRole("button", { name: "Decidir…" });
    await waitFor(() => expect(trigger).not.toHaveAttribute("aria-disabled"), { timeout: 5000 });
    await userEvent.click(trigger);
    const dialog = within(await screen.findByRole("dialog", { name: "Decisión de la revisión" }));
    await waitFor(() => expect(dialog.getByRole("radio", { name: /Rechazar/ })).toBeVisible(), {
      timeout: 5000,
    });
    await userEvent.click(dialog.getByRole("radio", { name: /Rechazar/ }));
    await userEvent.type(
      dialog.getByLabelText("Nota del revisor (opcional)"),
      "Coincidencia en la lista OFAC",
    );
    await userEvent.click(dialog.getByRole("button", { name: "Continuar" }));
    await expect(await dialog.findByText(/^¿Rechazar a .+\?$/)).toBeVisible();
    await expect(dialog.getByText(/Esta acción no se puede deshacer desde aquí\./)).toBeVisible();
    await expect(dialog.getByRole("button", { name: "Rechazar cliente" })).toBeVisible();
    await expect(dialog.getByRole("button", { name: "Atrás" })).toBeVisible();
  },
};

/** The customer table in Spanish: filters, column headers, counts, pagination and dates. */
export const SpanishTable: Story = {
  render: () => (
    <StraddleProvider
      fetcher={getStorySandbox().fetcher}
      locale={languages.es.locale}
      messages={languages.es.messages}
      retry={{ baseDelayMs: 50 }}
    >
      <div lang="es">
        <CustomerTable />
      </div>
    </StraddleProvider>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = await canvas.findByRole("table", { name: /^Clientes/ }, { timeout: 5000 });
    await waitFor(() => expect(table).not.toHaveAttribute("aria-busy"), { timeout: 5000 });
    await expect(canvas.getByRole("searchbox", { name: "Buscar clientes" })).toBeVisible();
    // The segmented control's radios are visually hidden; their labels show.
    await expect(canvas.getByRole("radio", { name: "Personas físicas" })).toBeInTheDocument();
    await expect(canvas.getByText("Personas físicas")).toBeVisible();
    await expect(canvas.getByRole("group", { name: "Fecha de creación" })).toBeVisible();
    await waitFor(() => {
      const created = canvasElement.querySelector(".sc-CustomerTable-cellCreated time");
      expect(created?.textContent ?? "").toMatch(spanishDate);
    });
    await expect(canvas.getByText(/^Página \d+ de \d+$/)).toBeVisible();
  },
};
