// Layering as in the architecture card: domain imports nothing of ours and no host API;
// workbook imports only domain; taskpane and cli sit on top.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const nodeBuiltins = ["fs", "path", "os", "child_process", "worker_threads", "http", "https", "net", "zlib", "crypto", "stream", "url", "util"];
const nodeImportPatterns = ["node:*", ...nodeBuiltins, ...nodeBuiltins.map((m) => `${m}/*`)];

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-results/**", "test/corpus/generated/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          { group: ["**/workbook/**", "**/taskpane/**", "**/cli/**"], message: "domain imports nothing above it" },
          { group: ["react", "react-dom", "react/*", "@fluentui/*", "@microsoft/office-js", "office-addin-*"], message: "domain is pure: no UI, no Office" },
          { group: nodeImportPatterns, message: "domain is pure: no Node I/O" },
        ],
      }],
      "no-restricted-globals": ["error", "window", "document", "navigator", "Office", "Excel", "fetch", "localStorage", "XMLHttpRequest", "process", "Buffer", "require"],
    },
  },
  {
    files: ["src/workbook/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [{ group: ["**/taskpane/**", "**/cli/**", "react", "react-dom", "@fluentui/*"], message: "workbook imports only domain" }],
      }],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs", "scripts/**", ".ci/**"],
    languageOptions: { globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", console: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
