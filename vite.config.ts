import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import dts from "vite-plugin-dts";

/** Library build: one ESM file per public entry, dependencies left to the host's bundler. */
export default defineConfig({
  plugins: [react(), dts({ tsconfigPath: "./tsconfig.build.json", entryRoot: "src" })],
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
      external: (id) =>
        !id.startsWith(".") && !id.startsWith("/") && !id.startsWith("\0") && !/^[A-Za-z]:/.test(id),
    },
  },
});
