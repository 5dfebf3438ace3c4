// @prisma/adapter-better-sqlite3 runs everything on ONE connection. It makes transactions wait for
// each other, but a plain query from another request is sent straight to that connection — and so
// runs INSIDE whichever interactive transaction is open at that moment, and is rolled back with it
// (seen: an SMS written after one decision's commit vanished with a concurrent decision's rollback).
// This wrapper gives the connection one queue: a plain query waits until no transaction is open,
// and a transaction holds the queue from BEGIN until its commit or rollback. Queries made through
// the transaction itself do not queue. A query made through the global client from inside a
// transaction's callback now waits for that transaction instead of joining it: Prisma's transaction
// timeout then rolls it back, so such a mistake is an error, not silent data loss.
import type { IsolationLevel, SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";

class Queue {
  #tail: Promise<void> = Promise.resolve();

  /** Resolves with a release function once every earlier holder has released. */
  acquire(): Promise<() => void> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const turn = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => released);
    return turn;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }
}

function holdUntilEnd(transaction: Transaction, release: () => void): Transaction {
  let released = false;
  const end = (finish: () => Promise<void>) => async () => {
    try {
      await finish();
    } finally {
      if (!released) {
        released = true;
        release();
      }
    }
  };
  return Object.assign(Object.create(transaction) as Transaction, {
    commit: end(() => transaction.commit()),
    rollback: end(() => transaction.rollback()),
  });
}

function serialise(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const queue = new Queue();
  return Object.assign(Object.create(adapter) as SqlDriverAdapter, {
    queryRaw: (query: SqlQuery) => queue.run(() => adapter.queryRaw(query)),
    executeRaw: (query: SqlQuery) => queue.run(() => adapter.executeRaw(query)),
    executeScript: (script: string) => queue.run(() => adapter.executeScript(script)),
    async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
      const release = await queue.acquire();
      try {
        return holdUntilEnd(await adapter.startTransaction(isolationLevel), release);
      } catch (error) {
        release();
        throw error;
      }
    },
  });
}

export function serialisedSqliteAdapter(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return Object.assign(Object.create(factory) as SqlDriverAdapterFactory, {
    connect: async () => serialise(await factory.connect()),
  });
}
