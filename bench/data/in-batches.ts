/**
 * Runs `work` over [0, count) in batches of `size`, at most `concurrency` batches at a time.
 * The dataset's rows are independent (explicit ids), so batches may land in any order; on
 * PostgreSQL each batch in flight holds its own connection, which is what lets the
 * database's CPU-bound work (the generated search documents) use more than one core.
 */
export async function inBatches(count: number, size: number, concurrency: number, work: (first: number, length: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const first = next;
      next += size;
      await work(first, Math.min(size, count - first));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
}
