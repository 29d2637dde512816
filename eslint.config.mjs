// Layering as in the architecture card: domain imports nothing of ours and no host API;
// workbook imports only domain; app (the application's work over files: the merge's orchestration)
// imports domain and workbook; taskpane and cli sit on top.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const nodeBuiltins = [
  "fs",
  "path",
  "os",
  "child_process",
  "worker_threads",
  "http",
  "https",
  "net",
  "zlib",
  "crypto",
  "stream",
  "url",
  "util",
];
const nodeImportPatterns = ["node:*", ...nodeBuiltins, ...nodeBuiltins.map((m) => `${m}/*`)];
const workbookOnlyDomain = {
  group: ["**/app/**", "**/taskpane/**", "**/cli/**", "react", "react-dom", "@fluentui/*"],
  message: "workbook imports only domain",
};
const uiAndOffice = ["react", "react-dom", "react/*", "@fluentui/*", "@microsoft/office-js", "office-addin-*"];
/** The globals of a host (a page, Office, Node): neither the domain nor app/ may reach for them. */
const hostGlobals = ["window", "document", "navigator", "Office", "Excel", "localStorage", "process", "Buffer", "require"];
const domainIsPure = [
  { group: ["**/workbook/**", "**/app/**", "**/taskpane/**", "**/cli/**"], message: "domain imports nothing above it" },
  { group: uiAndOffice, message: "domain is pure: no UI, no Office" },
  { group: nodeImportPatterns, message: "domain is pure: no Node I/O" },
];

// Inside the domain the folders are layered too (layering kept at every depth), so that they form no
// import cycle: a folder imports only the folders before it here, and the files at the domain's root
// (raw, submission, errors, dates: the kernel every folder shares).
// catalog/ is the shipped data only (data/*.json: the shipped definition workbook, the template's own files, the
// shipped history); definition/ is the model, its loader, its identity and its campaigns, and builds the shipped
// catalog from that data; forms/ is the typed-form import. No exception: nothing may add a cycle.
const domainLayers = ["exact", "i18n", "catalog", "definition", "layout", "forms", "check", "merge"];
const domainLayerRules = (layer) => ({
  "no-restricted-imports": [
    "error",
    {
      patterns: [
        ...domainIsPure,
        ...domainLayers.slice(domainLayers.indexOf(layer) + 1).map((above) => ({
          regex: `^(\\.\\./)+${above}(/|$)`, // out of this folder (any depth), into that one
          message: `domain/${layer} comes before domain/${above} (${domainLayers.join(" < ")}): importing it would make a cycle between domain folders`,
        })),
      ],
    },
  ],
});
// Module-level state: none, in any layer. What is remembered from call to call belongs to an
// owner that whoever runs a series creates and drops (ReaderMemory, CarriedCatalogs, a merge's state), or is a
// memo of a pure function over immutable data, made with src/domain/memo.ts (perObject, perObjectPair, perText,
// once), whose tables are invisible by construction. Constant tables are built with their entries (or typed
// Readonly). `allowWeakMaps`: the files named below, whose WeakMaps keep derived data of immutable objects.
const moduleStateRule = (message, { allowWeakMaps = false } = {}) => [
  "error",
  ...["Program > VariableDeclaration", "Program > ExportNamedDeclaration > VariableDeclaration"].flatMap((declaration) => [
    { selector: `${declaration}[kind!='const']`, message },
    // An empty container filled later is state (an empty array or object too, unless typed readonly).
    {
      selector: `${declaration} > VariableDeclarator[init.type=/^(ArrayExpression|ObjectExpression)$/]:not([init.elements.length>0]):not([init.properties.length>0]):not([id.typeAnnotation.typeAnnotation.operator='readonly']):not([id.typeAnnotation.typeAnnotation.typeName.name=/^Readonly/])`,
      message,
    },
    {
      selector: `${declaration} > VariableDeclarator[init.type='TSAsExpression'][init.expression.type=/^(ArrayExpression|ObjectExpression)$/]:not([init.expression.elements.length>0]):not([init.expression.properties.length>0])`,
      message,
    },
    {
      selector: `${declaration} > VariableDeclarator[init.type='NewExpression'][init.arguments.length=0]:not([id.typeAnnotation.typeAnnotation.typeName.name=/^Readonly/]):not([init.callee.name=/^(TextDecoder|TextEncoder${allowWeakMaps ? "|WeakMap" : ""})$/])`,
      message,
    },
    {
      selector: `${declaration} > VariableDeclarator[init.type='NewExpression']:not([init.callee.name=/^(Map|Set|TextDecoder|TextEncoder|Date|RegExp${allowWeakMaps ? "|WeakMap" : ""})$/])`,
      message,
    },
  ]),
];
const moduleStateMessage =
  "no module-level state: give it an owner (as ReaderMemory), or make a memo of a pure function with src/domain/memo.ts";
// ALLOWED, by name: definition/campaign.ts keeps one view object per (campaign, level) and each view's campaign
// (identity is the point: per-campaign memos then work once per view); merge/count-units.ts's plan per catalog
// (to move to memo.ts's perObject once issue 20's changes to that file have landed).
const weakMapFiles = ["src/domain/definition/campaign.ts", "src/domain/merge/count-units.ts"];
const moduleStateConfigs = [
  { files: ["src/**/*.ts", "src/**/*.tsx"], ignores: weakMapFiles, rules: { "no-restricted-syntax": moduleStateRule(moduleStateMessage) } },
  { files: weakMapFiles, rules: { "no-restricted-syntax": moduleStateRule(moduleStateMessage, { allowWeakMaps: true }) } },
];
const domainLayerConfigs = domainLayers.map((layer) => ({ files: [`src/domain/${layer}/**/*.ts`], rules: domainLayerRules(layer) }));

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
      "no-restricted-imports": ["error", { patterns: domainIsPure }],
      "no-restricted-globals": ["error", ...hostGlobals, "fetch", "XMLHttpRequest"],
    },
  },
  ...domainLayerConfigs,
  {
    files: ["src/workbook/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [workbookOnlyDomain],
        },
      ],
    },
  },
  // The two adapters stand side by side behind the port: neither leans on the other.
  {
    files: ["src/workbook/office/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            workbookOnlyDomain,
            { group: ["**/file", "**/file/**"], message: "the Office.js adapter does not import the file adapter" },
          ],
        },
      ],
    },
  },
  {
    files: ["src/workbook/file/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            workbookOnlyDomain,
            { group: ["**/office", "**/office/**"], message: "the file adapter does not import the Office.js adapter" },
            { group: ["saxes"], message: "saxes is the XML scanner's test oracle (a devDependency); the reader parses with xml-bytes.ts" },
          ],
        },
      ],
    },
  },
  ...moduleStateConfigs,
  // The reader keeps no state of its own: what it remembers from file to file belongs to a ReaderMemory,
  // owned by the WorkbookReader of whoever reads a series of files (so a call never depends on another's).
  {
    files: ["src/workbook/file/reader/**/*.ts"],
    rules: { "no-restricted-syntax": moduleStateRule("no module-level state in the reader: keep it in ReaderMemory") },
  },
  // app/ is what the front ends share of the application's work: it reads and writes through workbook/ (whose
  // file adapter runs in a browser worker as in Node), so it is host-neutral too: no Node I/O, no Office, no UI. A file
  // comes to it as bytes or a read() callback (MergeFileInput); the CLI and the page bring their own.
  {
    files: ["src/app/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/taskpane", "**/taskpane/**", "**/cli", "**/cli/**"], message: "app sits below the task pane and the CLI" },
            {
              group: [...uiAndOffice, "**/workbook/office", "**/workbook/office/**"],
              message: "app is host-neutral: no UI, no Office",
            },
            { group: nodeImportPatterns, message: "app is host-neutral: no Node I/O (the CLI reads the files and hands over bytes)" },
          ],
        },
      ],
      "no-restricted-globals": ["error", ...hostGlobals],
    },
  },
  // The task pane and the CLI are two front ends on the same layers: what they share belongs below them.
  {
    files: ["src/taskpane/**/*.ts", "src/taskpane/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [{ group: ["**/cli", "**/cli/**"], message: "the task pane does not import the CLI" }],
        },
      ],
    },
  },
  {
    files: ["src/cli/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [{ group: ["**/taskpane", "**/taskpane/**"], message: "the CLI does not import the task pane" }],
        },
      ],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs", "scripts/**", ".ci/**"],
    languageOptions: {
      globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", console: "readonly" },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
