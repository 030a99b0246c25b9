import { Link } from "../router";

export function NotFoundPage() {
  return (
    <div className="page page-narrow">
      <h1 className="page-title">Page not found</h1>
      <p className="page-subtitle">
        There is nothing at this address. <Link to="/customers">Go to the customers</Link>.
      </p>
    </div>
  );
}
