/**
 * A value as an SQL literal, for EXECUTE of a prepared statement (neither PGlite nor a multi-statement
 * message binds parameters to EXECUTE). Strings are quoted by doubling quotes, which is complete with
 * standard_conforming_strings on (PostgreSQL's default; set at open on the embedded database).
 */
export function sqlLiteral(v: unknown): string {
  if (v === null || v === undefined) return 'NULL';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`not a finite number: ${v}`);
    return String(v);
  }
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  return `'${text.replace(/'/g, "''")}'`;
}

/** `EXECUTE name(literals)` of a statement prepared under `name`; the name is checked, as it is spliced in. */
export function executeSql(name: string, params: unknown[]): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`invalid statement name ${name}`);
  return `EXECUTE ${name}(${params.map(sqlLiteral).join(', ')})`;
}
