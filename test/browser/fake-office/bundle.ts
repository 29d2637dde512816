/** Bundles fake-office/entry.ts for the page (webpack, as the product is built), once per test file. */
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { webpack } from "webpack";

export async function fakeOfficeScript(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), "fake-office-"));
  try {
    const compiler = webpack({
      mode: "development",
      devtool: false,
      target: "web",
      entry: join(__dirname, "entry.ts"),
      output: { path: out, filename: "office.js" },
      resolve: { extensions: [".ts", ".js"] },
      module: { rules: [{ test: /\.ts$/, use: { loader: "ts-loader", options: { transpileOnly: true } } }] },
    });
    await new Promise<void>((resolve, reject) =>
      compiler.run((error, stats) => {
        if (error || stats?.hasErrors()) reject(error ?? new Error(stats?.toString("errors-only")));
        else compiler.close(() => resolve());
      }),
    );
    return readFileSync(join(out, "office.js"), "utf8");
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
