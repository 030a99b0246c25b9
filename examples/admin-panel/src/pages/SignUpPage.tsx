import { useState } from "react";
import { CustomerForm, createFetchFetcher, StraddleProvider } from "straddle-customers-react";

/**
 * The platform's public sign-up page: what an anonymous visitor sees. Its own provider and
 * fetcher point at the anonymous route (`/api/onboarding`, `createOnboardingProxy` in
 * server.mjs), which can only create, stamps the device IP from the connection and answers
 * with an id and "received" — never the staff proxy at /api/straddle.
 */
const onboardingFetcher = createFetchFetcher({ baseUrl: "/api/onboarding" });

export function SignUpPage() {
  const [reference, setReference] = useState<string | null>(null);
  return (
    <StraddleProvider fetcher={onboardingFetcher}>
      <div className="signup">
        <header className="signup-header">
          <span className="app-logo" aria-hidden="true">
            N
          </span>
          <span className="app-brand-name">Northwind</span>
        </header>
        <main id="main" className="signup-main" tabIndex={-1}>
          <h1 className="page-title">Open an account</h1>
          <p className="page-subtitle">
            A few questions about you. We verify every new account to keep Northwind safe.
          </p>
          <CustomerForm
            variant="onboarding"
            fields={{ device: "server" }}
            onSuccess={(result) => setReference(result.id)}
            thankYou={(result) => (
              <>
                <h2 className="sc-CustomerForm-stepTitle">Thanks, we've got your application</h2>
                <p>
                  We'll email you once your account is ready. Your reference:{" "}
                  <code data-testid="signup-reference">{result.id.slice(0, 8)}</code>
                </p>
              </>
            )}
          />
          {reference ? null : (
            <p className="signup-note">
              Northwind staff? <a href="/customers">Open the admin panel</a>
            </p>
          )}
        </main>
      </div>
    </StraddleProvider>
  );
}
