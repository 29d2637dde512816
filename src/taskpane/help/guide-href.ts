/** Where the user guide is: huong-dan.html beside the page (webpack.config.js writes it from docs/huong-dan). */
export function guideHref(): string {
  return "huong-dan.html";
}
