/** H5: a same-origin link (or a cloud URL) with `download`, so the browser saves the file. */
export async function openDownload(url: string, fileName: string): Promise<void> {
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
}
