// Citations of document versions: one model (model.ts), formatted as text in Korean and English style
// (text.ts), as BibTeX, RIS and CSL-JSON (formats.ts) and as citation_*/DC.* meta tags (meta.ts).
export * from './model.ts';
export * from './text.ts';
export * from './bibtex.ts';
export * from './ris.ts';
export * from './csl.ts';
export * from './meta.ts';
export * from './formats.ts';
