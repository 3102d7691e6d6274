/** Runs of white space (spaces, tabs, line breaks, no-break spaces) as one space, and none at the ends. */
export const collapseSpace = (text: string): string => text.replace(/\s+/g, ' ').trim();
