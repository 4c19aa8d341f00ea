/**
 * A sender that dies for real (SIGKILL) at its Nth message, for lib/newsletters/outbox-crash.int.test.ts:
 * CRASH=before-send dies after claiming and before sending; CRASH=after-send once the
 * message is in the development outbox but before it is marked sent.
 */
import { connect } from "@/db/client";
import { deliverPendingEmails } from "./deliver-emails";
import { devOutboxTransport } from "./email-transport";

const { db } = await connect({ url: process.env.DATABASE_URL! });
const crashAt = Number(process.env.CRASH_AT);
const outbox = devOutboxTransport(db);
let n = 0;
await deliverPendingEmails(db, {
  transport: {
    async send(message) {
      n++;
      if (n === crashAt && process.env.CRASH === "before-send") process.kill(process.pid, "SIGKILL");
      await outbox.send(message);
      if (n === crashAt) process.kill(process.pid, "SIGKILL");
    },
    close: () => {},
  },
  limit: 100,
  batchSize: 3,
  origin: "https://news.example.org",
  secret: "crash-test-secret",
  siteName: "The Desk",
});
process.exit(3);
