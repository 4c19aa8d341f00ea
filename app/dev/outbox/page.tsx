import { and, desc, eq, isNotNull, isNull, type SQL } from "drizzle-orm";
import { notFound } from "next/navigation";
import { SimplePage } from "@/app/_components/simple-page";
import { getDb } from "@/db/client";
import { outbox } from "@/db/schema";
import { isDevOutboxVisible } from "@/lib/email/send-email";

export const dynamic = "force-dynamic";
export const metadata = { title: "Development outbox", robots: { index: false } };

/** E-mails that would have been sent, when no SMTP server is configured (development only). */
export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (!isDevOutboxVisible()) notFound();
  const db = await getDb();
  // `?to=` shows one recipient's messages. Mailings (with an HTML part) are listed apart, so a
  // newsletter run never pushes sign-in and account messages out of the latest 50.
  const to = (await searchParams).to;
  const latest = (kind: SQL) =>
    db
      .select()
      .from(outbox)
      .where(and(kind, typeof to === "string" ? eq(outbox.to, to.toLowerCase()) : undefined))
      .orderBy(desc(outbox.id))
      .limit(50);
  const [messages, mailings] = await Promise.all([latest(isNull(outbox.html)), latest(isNotNull(outbox.html))]);
  return (
    <SimplePage title="Development outbox" narrow={false}>
      <p className="notice">No SMTP server is configured (SMTP_URL), so e-mails land here and in the server log.</p>
      {messages.length + mailings.length === 0 && <p>No messages yet.</p>}
      <Messages messages={messages} />
      {mailings.length > 0 && (
        <>
          <h2>Newsletters and member mailings</h2>
          <Messages messages={mailings} />
        </>
      )}
    </SimplePage>
  );
}

function Messages({ messages }: { messages: (typeof outbox.$inferSelect)[] }) {
  return (
    <ol className="outbox" reversed>
      {messages.map((m) => (
        <li key={m.id} data-to={m.to}>
          <h2>
            To {m.to}: {m.subject}
          </h2>
          <pre>{m.text}</pre>
          {m.headers && Object.keys(m.headers).length > 0 && (
            <dl className="outbox-headers">
              {Object.entries(m.headers).map(([name, value]) => (
                <div key={name}>
                  <dt>{name}</dt>
                  <dd data-header={name}>{value}</dd>
                </div>
              ))}
            </dl>
          )}
          {/* The HTML part, sandboxed: no script, no form, no access to this page. */}
          {m.html && <iframe className="outbox-html" title={`HTML part of message ${m.id}`} sandbox="" srcDoc={m.html} width="100%" height="480" />}
        </li>
      ))}
    </ol>
  );
}
