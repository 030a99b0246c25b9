import path from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { stylesheetPlugin } from "../../scripts/styles.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "../..");

/**
 * The demo imports the library as a host would (`straddle-customers-react`,
 * `straddle-customers-react/styles.css`): the alias points the first at the sources, the
 * stylesheet plugin serves the second exactly as the package builds it, so the demo always
 * runs the current code without a build.
 */
export default defineConfig({
  root: here,
  plugins: [react(), stylesheetPlugin()],
  resolve: {
    alias: [{ find: /^straddle-customers-react$/, replacement: path.join(repo, "src/index.ts") }],
  },
  // Its own cache, apart from Storybook's and Vitest's.
  cacheDir: path.join(repo, "node_modules/.vite/admin-panel"),
  // Pre-bundled when the server starts: a dependency found later would reload the page.
  optimizeDeps: {
    entries: ["index.html"],
    include: [
      "react",
      "react-dom",
      "react-dom/client",
      "react/jsx-runtime",
      "react/jsx-dev-runtime",
      "zod/mini",
      "@tanstack/react-query",
      "@tanstack/react-virtual",
      "@radix-ui/react-dialog",
      "react-hook-form",
      "@hookform/resolvers/zod",
    ],
  },
  server: { fs: { allow: [repo] } },
});
