// npm stop: ends what npm start began (by the process ids it wrote down), and unloads the sideloaded add-in where office-addin-debugging is installed.
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const PID_FILE = path.join(os.tmpdir(), "union-report-start.json");

if (process.platform === "win32" || process.platform === "darwin") {
  try {
    require.resolve("office-addin-debugging/package.json", { paths: [ROOT] });
    spawnSync(process.platform === "win32" ? "npx.cmd" : "npx", ["--no-install", "office-addin-debugging", "stop", "manifest.xml"], {
      cwd: ROOT,
      stdio: "inherit",
    });
  } catch {
    // not installed: nothing was sideloaded by us
  }
}

if (!fs.existsSync(PID_FILE)) {
  console.log("Không có gì đang chạy / nothing is running.");
} else {
  const { pids } = JSON.parse(fs.readFileSync(PID_FILE, "utf8"));
  for (const pid of pids) {
    try {
      // The dev server was started detached as a group leader: end its children too (negative pid) where the OS allows.
      process.kill(process.platform === "win32" ? pid : -pid);
    } catch {
      try {
        process.kill(pid);
      } catch {
        // already gone
      }
    }
  }
  fs.rmSync(PID_FILE, { force: true });
  console.log(`Đã dừng / stopped: ${pids.join(", ")}`);
}
