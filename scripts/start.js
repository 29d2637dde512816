// npm start. With Excel (Windows, macOS): the dev server, then sideload through office-addin-debugging when it
// is installed (it is not a dependency: one of its transitive packages is missing from the registry).
// Without Excel (Linux): serve the built dist/ over https and say what to open.
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawn, spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const PID_FILE = path.join(os.tmpdir(), "union-report-start.json");
const PORT = Number(process.env.PORT || 3000);
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

function remember(pids) {
  fs.writeFileSync(PID_FILE, JSON.stringify({ pids }));
}

function hasDebugging() {
  try {
    require.resolve("office-addin-debugging/package.json", { paths: [ROOT] });
    return true;
  } catch {
    return false;
  }
}

function printWhatToOpen(manifest) {
  const base = `https://localhost:${PORT}/`;
  console.log(`
Báo cáo Công đoàn đang chạy / is running at ${base}

  Trang độc lập / Standalone page:   ${base}index.html
  Tệp manifest để nạp vào Excel / Manifest to sideload:   ${manifest}

Excel trên web / Excel on the web: Trang đầu (Home) → Bổ trợ (Add-ins) → Thêm bổ trợ khác (More add-ins)
  → Bổ trợ của tôi (My add-ins) → Tải lên bổ trợ của tôi (Upload my add-in) → chọn tệp manifest ở trên.
Chứng chỉ / Certificate: mở ${base}index.html một lần và tin cậy chứng chỉ, hoặc nhập .certs/ca.crt vào trình duyệt.
Dừng / Stop: Ctrl+C hoặc / or npm stop
`);
}

async function linux() {
  if (!fs.existsSync(path.join(ROOT, "dist", "taskpane.html"))) {
    console.log("dist/ chưa có, đang build / building dist/ ...");
    const build = spawnSync(npx, ["webpack", "--mode", "production", "--env", "local"], { cwd: ROOT, stdio: "inherit" });
    if (build.status !== 0) process.exit(build.status || 1);
  }
  const { serve } = require("./serve");
  await serve({ port: PORT });
  remember([process.pid]);
  printWhatToOpen(path.join(ROOT, "dist", "manifest.xml"));
}

function withExcel() {
  const server = spawn(npx, ["webpack", "serve", "--mode", "development"], { cwd: ROOT, stdio: "inherit", detached: true });
  remember([server.pid]);
  if (hasDebugging()) {
    spawnSync(
      npx,
      ["--no-install", "office-addin-debugging", "start", "manifest.xml", "desktop", "--no-debug", "--dev-server-port", String(PORT)],
      { cwd: ROOT, stdio: "inherit" },
    );
  } else {
    console.log("office-addin-debugging không có sẵn / is not installed: nạp tay / sideload by hand.");
    if (process.platform === "win32") {
      console.log(
        "Windows: chia sẻ một thư mục chứa manifest.xml, thêm nó vào Trust Center → Trusted Add-in Catalogs, rồi Insert → My Add-ins → Shared Folder.",
      );
    } else {
      console.log(
        `macOS: cp manifest.xml ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ rồi mở lại Excel → Insert → My Add-ins.`,
      );
    }
    printWhatToOpen(path.join(ROOT, "manifest.xml"));
  }
}

if (process.platform === "win32" || process.platform === "darwin") withExcel();
else
  linux().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
