/** The merge worker's bundled script as text, for the single page (webpack.config.js, "single page" block). */
declare module "union-report-merge-worker-source" {
  const source: string;
  export default source;
}

/** The user guide's page as text, for the single page (webpack.config.js, "single page" block). */
declare module "union-report-guide-html" {
  const html: string;
  export default html;
}
