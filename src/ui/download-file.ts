/**
 * Saves text, given as parts to concatenate (see ExportFile), as a file through a Blob URL
 * and an `<a download>` click, so the extension needs no `downloads` permission. The URL is revoked a little later: Chrome reads it after the
 * click returns, and revoking at once can cancel the download.
 */
export function downloadText(fileName: string, parts: readonly string[], mimeType: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([...parts], { type: mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
