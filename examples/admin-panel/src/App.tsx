import { useEffect } from "react";
import { createFetchFetcher, StraddleProvider, type UnmaskEvent } from "straddle-customers-react";
import { recordAudit } from "./audit";
import { CustomerPage } from "./pages/CustomerPage";
import { CustomersPage } from "./pages/CustomersPage";
import { NewCustomerPage } from "./pages/NewCustomerPage";
import { NotFoundPage } from "./pages/NotFoundPage";
import { ReviewQueuePage } from "./pages/ReviewQueuePage";
import { SignUpPage } from "./pages/SignUpPage";
import { Link, navigate, useLocation } from "./router";

/** The browser only ever talks to this app's own server, which adds the API key (server.mjs). */
const fetcher = createFetchFetcher({ baseUrl: "/api/straddle" });

type Route =
  | { page: "home" }
  | { page: "customers" }
  | { page: "new" }
  | { page: "customer"; id: string }
  | { page: "sign-up" }
  | { page: "review" }
  | { page: "not-found" };

const CUSTOMER_PATH = /^\/customers\/([0-9a-fA-F-]{36})$/;

function routeOf(pathname: string): Route {
  if (pathname === "/" || pathname === "") return { page: "home" };
  if (pathname === "/customers") return { page: "customers" };
  if (pathname === "/customers/new") return { page: "new" };
  if (pathname === "/sign-up") return { page: "sign-up" };
  if (pathname === "/review") return { page: "review" };
  const match = CUSTOMER_PATH.exec(pathname);
  if (match?.[1]) return { page: "customer", id: match[1].toLowerCase() };
  return { page: "not-found" };
}

/** Which Straddle the server's proxy talks to (server.mjs adds the meta tag). */
const upstream =
  document.querySelector('meta[name="demo-upstream"]')?.getAttribute("content") === "straddle"
    ? {
        label: "Straddle sandbox",
        title: "The server's proxy forwards to https://sandbox.straddle.com with STRADDLE_API_KEY.",
      }
    : {
        label: "Embedded sandbox",
        title:
          "The server's proxy forwards to an in-memory Straddle sandbox: seeded data, no key, no network.",
      };

const onUnmask = (event: UnmaskEvent) => recordAudit(event.customerId, "Viewed the unmasked identity data");

export function App() {
  const { pathname, search } = useLocation();
  const route = routeOf(pathname);

  useEffect(() => {
    if (route.page === "home") navigate("/customers", { replace: true });
  }, [route.page]);

  useEffect(() => {
    const titles: Record<Route["page"], string> = {
      home: "Customers",
      customers: "Customers",
      new: "New customer",
      customer: "Customer",
      "sign-up": "Open an account",
      review: "Review queue",
      "not-found": "Page not found",
    };
    document.title = `${titles[route.page]} · Northwind${route.page === "sign-up" ? "" : " Admin"}`;
    window.scrollTo(0, 0);
  }, [route.page]);

  // The public page: no admin chrome, and its own provider on the anonymous route.
  if (route.page === "sign-up") return <SignUpPage />;

  return (
    <StraddleProvider fetcher={fetcher} onUnmask={onUnmask} unmaskTimeoutMs={30_000}>
      <div className="app">
        <a className="app-skip" href="#main">
          Skip to content
        </a>
        <header className="app-header">
          <div className="app-header-inner">
            <Link to="/customers" className="app-brand">
              <span className="app-logo" aria-hidden="true">
                N
              </span>
              <span className="app-brand-name">Northwind</span>
              <span className="app-brand-tag">Admin</span>
            </Link>
            <nav className="app-nav" aria-label="Main">
              <Link
                to="/customers"
                className="app-nav-link"
                aria-current={route.page === "customers" || route.page === "customer" ? "page" : undefined}
              >
                Customers
              </Link>
              <Link
                to="/customers/new"
                className="app-nav-link"
                aria-current={route.page === "new" ? "page" : undefined}
              >
                New customer
              </Link>
              <a href="/sign-up" className="app-nav-link" target="_blank" rel="noopener">
                Public sign-up page
              </a>
              <Link
                to="/review"
                className="app-nav-link"
                aria-current={route.page === "review" ? "page" : undefined}
              >
                Review queue
              </Link>
            </nav>
            <div className="app-header-end">
              <span className="app-env" title={upstream.title}>
                <span className="app-env-dot" aria-hidden="true" />
                {upstream.label}
              </span>
              <span className="app-user" title="Signed in as Dana Reviewer (demo)">
                <span aria-hidden="true">DR</span>
                <span className="sc-visually-hidden">Signed in as Dana Reviewer (demo)</span>
              </span>
            </div>
          </div>
        </header>
        <main id="main" className="app-main" tabIndex={-1}>
          {route.page === "customers" || route.page === "home" ? (
            <CustomersPage search={search} />
          ) : route.page === "new" ? (
            <NewCustomerPage />
          ) : route.page === "review" ? (
            <ReviewQueuePage search={search} />
          ) : route.page === "customer" ? (
            <CustomerPage key={route.id} customerId={route.id} />
          ) : (
            <NotFoundPage />
          )}
        </main>
      </div>
    </StraddleProvider>
  );
}
