/**
 * Hands the user a workbook: as a download in a browser (a Blob behind a temporary link), and inside
 * Excel, where a download may do nothing (Excel for Mac, office-js#2700), as a new workbook when the host
 * can open one (deliverXlsx).
 */
import type { Host } from "./host";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Inside Excel: opened as a new workbook where Excel can (ExcelApi 1.8); anywhere else: downloaded. Tells which. */
export async function deliverXlsx(host: Host, bytes: Uint8Array, name: string): Promise<"opened" | "downloaded"> {
  if (host.kind === "excel" && host.workbook.openAsNewWorkbook) {
    await host.workbook.openAsNewWorkbook(bytes);
    return "opened";
  }
  downloadXlsx(bytes, name);
  return "downloaded";
}

export function downloadXlsx(bytes: Uint8Array, name: string): void {
  downloadFile(bytes, name, XLSX_TYPE);
}

/** Any file: a .zip of returned workbooks, a .csv chase list. */
export function downloadFile(bytes: Uint8Array | string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start the download only after the click handler returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
