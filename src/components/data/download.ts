/** Offer text as a file download (a Blob URL; nothing leaves the computer). */
export function downloadText(name: string, text: string, type = 'text/csv;charset=utf-8'): void {
  downloadBlob(name, new Blob([text], { type }));
}

/** Offer bytes (an .xlsx, a .pptx) as a file download. */
export function downloadBytes(name: string, bytes: Uint8Array, type: string): void {
  downloadBlob(name, new Blob([bytes as BlobPart], { type }));
}

function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "jan.csv" → "jan-quarantine.csv" */
export function siblingName(file: string, suffix: string, ext: string): string {
  const base = file.replace(/\.[^.]+$/, '') || 'data';
  return `${base}-${suffix}.${ext}`;
}

