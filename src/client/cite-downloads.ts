// Saves a citation format shown on an article page (CiteThis.astro) as a file: the text is already on the
// page, so without JavaScript it is copied by hand and nothing is lost.

/** The file's text: the page's, with RIS's CRLF line ends restored (HTML reads every line end as LF). */
export function fileText(text: string, ext: string): string {
  return ext === 'ris' ? text.replace(/\r?\n/g, '\r\n') : text;
}

export function startCiteDownloads(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-cite-download]')) {
    const code = button.parentElement?.querySelector('pre code');
    if (!code) continue;
    button.hidden = false;
    button.addEventListener('click', () => {
      const ext = button.dataset.citeDownload!;
      const url = URL.createObjectURL(new Blob([fileText(code.textContent ?? '', ext)], { type: button.dataset.type }));
      const link = document.createElement('a');
      link.href = url;
      link.download = button.dataset.filename!;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 0);
    });
  }
}
