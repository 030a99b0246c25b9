import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
// As a host does it: the library's stylesheet once, then the host's own.
import "straddle-customers-react/styles.css";
import "./admin.css";
import { App } from "./App";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element.");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
