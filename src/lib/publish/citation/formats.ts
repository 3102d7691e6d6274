import { bibtex } from './bibtex.ts';
import { cslJson } from './csl.ts';
import type { Citation } from './model.ts';
import { ris } from './ris.ts';

export type CitationFormat = 'bib' | 'ris' | 'json';

export interface CitationFormatInfo {
  /** The extension a saved file takes: `<citation key>.bib`. */
  ext: CitationFormat;
  /** The format's name as readers know it. */
  name: string;
  contentType: string;
  render: (c: Citation) => string;
}

/** The formats every article gives its citation in, in the order it lists them. */
export const CITATION_FORMATS: readonly CitationFormatInfo[] = [
  { ext: 'bib', name: 'BibTeX', contentType: 'application/x-bibtex; charset=utf-8', render: bibtex },
  { ext: 'ris', name: 'RIS', contentType: 'application/x-research-info-systems; charset=utf-8', render: ris },
  { ext: 'json', name: 'CSL-JSON', contentType: 'application/vnd.citationstyles.csl+json; charset=utf-8', render: cslJson },
];

export function citationFormat(ext: CitationFormat): CitationFormatInfo {
  return CITATION_FORMATS.find((f) => f.ext === ext)!;
}

/** The name a download is saved under: the citation key and the format's extension. */
export const downloadName = (c: Citation, ext: CitationFormat): string => `${c.key}.${ext}`;
