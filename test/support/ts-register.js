/**
 * Lets a child process run the TypeScript sources directly (`node -r test/support/ts-register.js src/cli/bin.ts ...`),
 * for tests that must kill a real process mid-write: each .ts file is transpiled as it is required, as ts-jest does
 * for the tests themselves (no type check: the type checker runs separately).
 */
const { readFileSync } = require("fs");
const ts = require("typescript");

const options = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  esModuleInterop: true,
  resolveJsonModule: true,
  jsx: ts.JsxEmit.ReactJSX,
};
for (const ext of [".ts", ".tsx"]) {
  require.extensions[ext] = (module, filename) => {
    const { outputText } = ts.transpileModule(readFileSync(filename, "utf8"), { compilerOptions: options, fileName: filename });
    module._compile(outputText, filename);
  };
}
