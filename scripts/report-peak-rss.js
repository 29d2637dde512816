// Preloaded by `npm run bench` into the CLI it times (node --require): prints the process's peak
// resident memory on exit, worker threads included, so the end-to-end run reports its own memory.
"use strict";
process.on("exit", () => process.stderr.write(`peak-rss-kb ${process.resourceUsage().maxRSS}\n`));
