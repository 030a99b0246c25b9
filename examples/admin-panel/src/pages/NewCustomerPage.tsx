import { CustomerForm } from "straddle-customers-react";
import { recordAudit } from "../audit";
import { customersHref } from "../listParams";
import { Link, navigate } from "../router";

/** Create mode of `CustomerForm`; on success, straight to the new customer's page. */
export function NewCustomerPage() {
  return (
    <div className="page page-narrow">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <ol>
          <li>
            <Link to={customersHref()}>Customers</Link>
          </li>
          <li aria-current="page">New customer</li>
        </ol>
      </nav>
      <div className="page-header">
        <div>
          <h1 className="page-title">New customer</h1>
          <p className="page-subtitle">
            Identity checks start as soon as the customer is created; the result appears on their page.
          </p>
        </div>
      </div>
      <CustomerForm
        // Entered by staff, not by the customer on a device: an offline sign-up for the API.
        fields={{ device: { value: "0.0.0.0" }, config: "shown" }}
        onSuccess={(customer) => {
          recordAudit(customer.id, `Created (${customer.type})`);
          navigate(`/customers/${customer.id}`);
        }}
      />
    </div>
  );
}
