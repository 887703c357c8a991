// A small RFC 4180 CSV reader (quoted fields, doubled quotes, newlines inside quotes).

export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    let field: string;
    if (text[i] === '"') {
      // Quoted field: slice between quotes, un-double "" afterwards.
      let j = i + 1;
      let hasDoubled = false;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          j = n;
          break;
        }
        if (text[q + 1] === '"') {
          hasDoubled = true;
          j = q + 2;
          continue;
        }
        j = q;
        break;
      }
      field = text.slice(i + 1, j);
      if (hasDoubled) field = field.replace(/""/g, '"');
      i = j + 1;
    } else {
      let j = i;
      while (j < n && text[j] !== ',' && text[j] !== '\n' && text[j] !== '\r') j++;
      field = text.slice(i, j);
      i = j;
    }
    row.push(field);
    if (i >= n) break;
    const c = text[i];
    if (c === ',') {
      i++;
      if (i >= n) row.push('');
    } else if (c === '\n' || c === '\r') {
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      rows.push(row);
      row = [];
    } else i++; // stray character after a closing quote: skip
  }
  if (row.length > 0) rows.push(row);
  const [header, ...body] = rows;
  if (!header) return [];
  const names = header.map((h) => h.replace(/^\uFEFF/, '').trim());
  return body
    .filter((r) => r.length > 1 || (r[0] ?? '') !== '')
    .map((r) => Object.fromEntries(names.map((name, j) => [name, r[j] ?? ''])));
}
