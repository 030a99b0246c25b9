import { useEffect, useMemo } from "react";
import { CustomerTable, type ListCustomersParams } from "straddle-customers-react";
import { paramsFromSearch, rememberListSearch, searchFromParams } from "../listParams";
import { Link, navigate } from "../router";

/** The customer list: the table's filters, sort and page live in the URL's query string. */
export function CustomersPage({ search }: { search: string }) {
  const params = useMemo(() => paramsFromSearch(search), [search]);
  useEffect(() => rememberListSearch(search), [search]);

  const onParamsChange = (next: ListCustomersParams) => {
    // Typing in the search box replaces the history entry; any other change adds one (Back undoes it).
    const { search_text: _before, ...rest } = params;
    const { search_text: _after, ...nextRest } = next;
    const onlySearch = searchFromParams(rest) === searchFromParams(nextRest);
    navigate(`/customers${searchFromParams(next)}`, { replace: onlySearch });
  };

  return (
    <div className="page page-fill">
      <div className="page-header">
        <div>
          <h1 className="page-title">Customers</h1>
          <p className="page-subtitle">
            Everyone who signed up for payouts, with the status of their identity verification.
          </p>
        </div>
        <Link to="/customers/new" className="app-button" data-variant="primary">
          <span aria-hidden="true">+</span> Add customer
        </Link>
      </div>
      <CustomerTable
        params={params}
        onParamsChange={onParamsChange}
        onSelect={(customer) => navigate(`/customers/${customer.id}`)}
      />
    </div>
  );
}
