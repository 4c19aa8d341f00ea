import type { SQL } from "drizzle-orm";
import type { Database } from "../../db/client";
import { createScratchDatabase, type ScratchDatabase } from "../../e2e/support/scratch-database";
import { startNextInstance, type NextInstance } from "../../e2e/support/next-instance";
import { freePort } from "../../scripts/free-port";
import { startPostgresCluster, type PostgresCluster } from "./postgres-cluster";

export const WEBHOOK_SECRET = "whsec_faults_0123456789abcdef";
export const DEMO_PASSWORD = "meridian-demo";

/** The environment of a production server under test, on `databaseUrl`, without the developer's Redis. */
export function serverEnv(databaseUrl: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  // The server sets NODE_ENV itself; the developer's Redis is not the test's.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== "NODE_ENV" && key !== "REDIS_URL"));
  const env: Record<string, string | undefined> = {
    ...inherited,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: "faults-secret-not-for-production-0123456789",
    AUTH_TRUST_HOST: "true",
    LEDE_TEST_CHECKOUT: "1",
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    NEXT_TELEMETRY_DISABLED: "1",
    LEDE_CACHE_PREFIX: `lede-faults-${process.pid}-${Date.now().toString(36)}:`,
    ...extra,
  };
  return env as NodeJS.ProcessEnv;
}

/** The first row of a raw query's answer (a count, a flag). */
export async function firstRow<T>(db: Database, query: SQL): Promise<T | undefined> {
  const rows = (await db.execute(query)) as unknown as T[];
  return rows[0];
}

/** A PostgreSQL of the test's own with the demo newsroom migrated and seeded in `lede`. */
export async function startSeededCluster(): Promise<{ cluster: PostgresCluster; database: ScratchDatabase }> {
  const cluster = await startPostgresCluster();
  const database = await createScratchDatabase("lede", cluster.url("postgres"));
  return { cluster, database };
}

/** A production server on a free port (or `port`). */
export async function startLede(env: NodeJS.ProcessEnv, port?: number): Promise<NextInstance> {
  return startNextInstance(port ?? (await freePort()), env);
}

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

export async function get(url: string, cookie?: string): Promise<Answer> {
  const response = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** Signs in with a password (the sign-in form's route) and returns the session cookie. */
export async function signIn(baseUrl: string, email: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/session/password`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`sign-in of ${email}: ${response.status} ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
