// Multi-row INSERT … RETURNING and UPDATE … FROM for the importers: the whole batch travels as ONE
// JSON parameter that the database unpacks (SQLite json_each, PostgreSQL json_array_elements).
// Through Prisma's typed API a batch of 1,000 rows costs ~0.5 s (a statement per row); a statement
// with a parameter per value still makes Prisma handle thousands of parameters per batch. One
// parameter keeps a million-row import to minutes and its garbage small. Table and column names
// are constants of the callers, never input.
import "server-only";
import { raw, sqltag, type Sql } from "@prisma/client/runtime/client";
import type { Db, DbProvider, DbTransaction } from "@/lib/db";

export type SqlValue = string | number | boolean | null;

export interface Column {
  name: string;
  /** SQLite stores booleans as 0/1; PostgreSQL needs the cast. */
  boolean?: boolean;
}

/** Which SQL dialect a client speaks. Prisma keeps it internally; the integration tests on both providers guard this. */
export function dialectOf(db: Db): DbProvider {
  const provider = (db as unknown as { _activeProvider?: unknown })._activeProvider;
  if (provider === "sqlite" || provider === "postgresql") return provider;
  throw new Error("cannot tell the database provider of this Prisma client");
}

const quote = (name: string) => `"${name}"`;

function field(dialect: DbProvider, index: number, column: Column & { integer?: boolean }): string {
  if (dialect === "sqlite") return `json_extract(value, '$[${index}]')`;
  if (column.boolean) return `CAST(x->>${index} AS BOOLEAN)`;
  return column.integer ? `CAST(x->>${index} AS INTEGER)` : `x->>${index}`;
}

function rowsOf(dialect: DbProvider, rows: SqlValue[][]): Sql {
  const json = JSON.stringify(rows);
  return dialect === "sqlite" ? sqltag`json_each(${json})` : sqltag`json_array_elements(CAST(${json} AS json)) AS x`;
}

/** The DateTime text Prisma writes on SQLite; PostgreSQL reads it into timestamp(3) as UTC. */
function now(dialect: DbProvider): Sql {
  const text = new Date().toISOString().replace("Z", "+00:00");
  return dialect === "sqlite" ? sqltag`${text}` : sqltag`CAST(${text} AS TIMESTAMP(3))`;
}

/** Inserts the rows (values in `columns` order) with both timestamps set; returns the new ids. */
export async function insertRows(tx: DbTransaction, dialect: DbProvider, table: string, columns: readonly Column[], rows: SqlValue[][]): Promise<number[]> {
  const names = raw(columns.map((column) => quote(column.name)).join(", "));
  const values = raw(columns.map((column, i) => field(dialect, i, column)).join(", "));
  const time = now(dialect);
  const inserted = await tx.$queryRaw<Array<{ id: number | bigint }>>(
    sqltag`INSERT INTO ${raw(quote(table))} (${names}, "createdAt", "updatedAt")
      SELECT ${values}, ${time}, ${time} FROM ${rowsOf(dialect, rows)} RETURNING "id"`,
  );
  return inserted.map((row) => Number(row.id));
}

/** Sets `columns` (and updatedAt) of the records with the given ids, in one statement. */
export async function updateRows(
  tx: DbTransaction,
  dialect: DbProvider,
  table: string,
  columns: readonly Column[],
  rows: Array<{ id: number; values: SqlValue[] }>,
): Promise<void> {
  const fields = [`${field(dialect, 0, { name: "id", integer: true })} AS "id"`];
  columns.forEach((column, i) => fields.push(`${field(dialect, i + 1, column)} AS ${quote(column.name)}`));
  const sets = raw(columns.map((column) => `${quote(column.name)} = v.${quote(column.name)}`).join(", "));
  const data = rowsOf(dialect, rows.map(({ id, values }) => [id, ...values]));
  await tx.$executeRaw(
    sqltag`WITH v AS (SELECT ${raw(fields.join(", "))} FROM ${data})
      UPDATE ${raw(quote(table))} SET ${sets}, "updatedAt" = ${now(dialect)} FROM v WHERE ${raw(quote(table))}."id" = v."id"`,
  );
}
