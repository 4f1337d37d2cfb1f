/** Hands a file to the browser's download, from memory: nothing is sent anywhere. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the blob only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "Registre 2025.xlsx" → "Registre 2025", the stem of the files offered for download. */
export function fileStem(name: string): string {
  return name.replace(/\.xls[xm]?$/i, '') || 'workbook';
}
