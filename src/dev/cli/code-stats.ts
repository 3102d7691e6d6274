// Measures the shape of the code (files and lines per folder, the longest functions, over-long lines), so that a
// clean-up can state its before and after in numbers rather than by eye.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

const root = process.argv[2] ?? 'src';
const files: string[] = [];
const walk = (dir: string) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.(ts|mjs|astro|css)$/.test(name)) files.push(path);
  }
};
walk(root);

const perFolder = new Map<string, { files: number; lines: number }>();
const functions: { where: string; lines: number }[] = [];
let longLines = 0;
let totalLines = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n').length;
  totalLines += lines;
  longLines += text.split('\n').filter((line) => line.length > 160).length;
  const folder = relative(root, file).split(sep).slice(0, -1).join('/') || '.';
  const entry = perFolder.get(folder) ?? { files: 0, lines: 0 };
  perFolder.set(folder, { files: entry.files + 1, lines: entry.lines + lines });
  if (!file.endsWith('.ts')) continue;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node) => {
    if (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node)) {
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const name =
        ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)
          ? node.name?.getText()
          : ts.isVariableDeclaration(node.parent)
            ? node.parent.name.getText()
            : undefined;
      if (name) functions.push({ where: `${relative(root, file)}:${start + 1} ${name}`, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

console.log(`${files.length} files, ${totalLines} lines under ${root}/; ${longLines} lines over 160 characters`);
for (const [folder, { files: count, lines }] of [...perFolder].sort(([a], [b]) => a.localeCompare(b)))
  console.log(`  ${folder}/  ${count} files, ${lines} lines`);
console.log('longest functions:');
for (const { where, lines } of functions.sort((a, b) => b.lines - a.lines).slice(0, 12)) console.log(`  ${String(lines).padStart(4)}  ${where}`);
