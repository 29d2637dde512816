/** Hands the user a file as a download (standalone mode): a Blob behind a temporary link. */
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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
