import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import dts from "vite-plugin-dts";
import { stylesheetPlugin } from "./scripts/styles.mjs";

const clientEntries = new Set(["index", "headless"]);

/**
 * Library build: one ESM module per source file (`preserveModules`), so a host's bundler keeps
 * only the modules it imports and drops the rest (`sideEffects` in package.json is true only for
 * CSS). Dependencies are left to the host's bundler. The entries are dist/index.js,
 * dist/headless.js, dist/sandbox/index.js and dist/server/index.js.
 */
export default defineConfig({
  plugins: [react(), stylesheetPlugin(), dts({ tsconfigPath: "./tsconfig.build.json", entryRoot: "src" })],
  build: {
    copyPublicDir: false,
    sourcemap: true,
    lib: {
      formats: ["es"],
      entry: {
        index: "src/index.ts",
        headless: "src/headless.ts",
        sandbox: "src/sandbox/index.ts",
        server: "src/server/index.ts",
      },
    },
    rollupOptions: {
      output: {
        preserveModules: true,
        preserveModulesRoot: "src",
        entryFileNames: "[name].js",
        // Next.js App Router: the component and hook entries are client modules, so server
        // components can import them. The sandbox and server entries stay plain modules.
        banner: (chunk) => (chunk.isEntry && clientEntries.has(chunk.name) ? '"use client";' : ""),
      },
      external: (id) =>
        !id.startsWith(".") && !id.startsWith("/") && !id.startsWith("\0") && !/^[A-Za-z]:/.test(id),
    },
  },
});
