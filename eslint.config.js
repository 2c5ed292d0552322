// Lint rules that catch real mistakes (hooks, accessibility, unsafe patterns),
// not style: formatting is left to the editor.
import js from "@eslint/js";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["build/**", "app/generated/**", ".data/**", "node_modules/**", "test-results/**", "playwright-report/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Raw SQL only through tagged templates, which Prisma parameterises.
      "no-restricted-properties": [
        "error",
        { property: "$queryRawUnsafe", message: "Use $queryRaw`…` so values are parameterised." },
        { property: "$executeRawUnsafe", message: "Use $executeRaw`…` so values are parameterised." },
      ],
    },
  },
  {
    files: ["app/**/*.tsx"],
    plugins: { "react-hooks": reactHooks, "jsx-a11y": jsxA11y },
    rules: { ...reactHooks.configs.recommended.rules, ...jsxA11y.flatConfigs.recommended.rules },
  },
  {
    // Playwright fixtures take an empty destructuring pattern by design.
    files: ["e2e/**/*.ts"],
    rules: { "no-empty-pattern": "off" },
  },
  {
    // Security tokens and codes must come from a CSPRNG.
    files: ["app/modules/auth/**", "app/modules/crypto/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "MemberExpression[object.name='Math'][property.name='random']", message: "Use crypto.getRandomValues for anything secret." },
      ],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    ignores: ["**/*.test.ts"],
    rules: {
      // App code logs only through the redacting logger.
      "no-console": "error",
    },
  },
  {
    // Routes parse, authorise, call one module use case and answer: the
    // database is reached only through app/modules (DESIGN §2).
    files: ["app/routes/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "~/modules/db/db.server", message: "Routes call a module use case; only app/modules reach the database." }],
          patterns: [
            { group: ["@prisma/*", "pg", "~/generated/prisma/client", "~/generated/prisma/*.js"], message: "Routes call a module use case; only app/modules reach the database." },
          ],
        },
      ],
    },
  },
  {
    // Modules hold the rules and stay free of HTTP: anything that reads a
    // request or builds a response lives in app/http.
    files: ["app/modules/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@remix-run/*"], message: "Modules stay free of HTTP; request-bound helpers live in app/http." },
            { group: ["~/http/*", "~/routes/*"], message: "Modules do not depend on the HTTP layer." },
          ],
        },
      ],
    },
  },
);
