import type postgres from "postgres";

/*
 * A business history for the dashboard scenario, written beside the generated members
 * (PostgreSQL, with generate_series: seconds, not minutes) and removed after it: 20,000
 * subscriptions over two years (a tenth with a trial, a third ended, a fifth yearly),
 * six invoices each, 30,000 paywall attributions over the whole archive, 1,000 comp grants.
 */
const TAG = "bench-dashboard";

export async function writeDashboardHistory(sql: postgres.Sql): Promise<void> {
  await sql`
    insert into subscriptions (id, user_id, customer_id, price_id, status, amount, currency, interval, stripe_created_at, trial_end, ended_at, canceled_at, synced_at)
    select 'sub_dash_' || m.n, m.id, 'cus_dash_' || m.n, 'price_bench_reader',
      case when m.n % 3 = 0 then 'canceled' else 'active' end,
      case when m.n % 2 = 0 then 900 else 1600 end * case when m.n % 5 = 0 then 10 else 1 end, 'eur',
      case when m.n % 5 = 0 then 'year' else 'month' end,
      now() - (m.n % 730) * interval '1 day',
      case when m.n % 10 = 0 then now() - (m.n % 730) * interval '1 day' + interval '14 days' end,
      case when m.n % 3 = 0 then now() - (m.n % 730) * interval '1 day' + ((m.n % 300) + 20) * interval '1 day' end,
      case when m.n % 3 = 0 then now() - (m.n % 730) * interval '1 day' + ((m.n % 300) + 20) * interval '1 day' end,
      now()
    from (select id, row_number() over (order by id) as n from users where email like 'member-%@bench.example' limit 20000) m`;
  // Ended subscriptions whose end date would lie in the future have not ended yet.
  await sql`update subscriptions set status = 'active', ended_at = null, canceled_at = null where id like 'sub_dash_%' and ended_at > now()`;
  await sql`
    insert into invoices (id, user_id, subscription_id, status, amount_due, amount_paid, currency, stripe_created_at)
    select 'in_dash_' || s.id || '_' || k, s.user_id, s.id, 'paid', s.amount, case when k = 0 and s.trial_end is not null then 0 else s.amount end, 'eur',
      s.stripe_created_at + k * interval '1 month'
    from subscriptions s, generate_series(0, 5) k where s.id like 'sub_dash_%'`;
  const [{ n } = { n: 1 }] = await sql<{ n: number }[]>`select count(*)::int as n from articles`;
  await sql`
    with a as (select id, row_number() over (order by id) - 1 as k from articles)
    insert into checkout_attributions (event, member_id, article_id, created_at)
    select case when g % 4 = 0 then 'subscribed' else 'signup' end, null, a.id, now() - (g % 360) * interval '1 day'
    from generate_series(1, 30000) g join a on a.k = (g * 7919) % ${n}`;
  await sql`
    insert into audit_log (actor_id, action, target_type, target_id, after, reason, created_at)
    select null, 'member.set-comp', 'member', m.id, jsonb_build_object('level', 0, 'compLevel', 2, 'compUntil', to_jsonb(now() + (m.n % 200 - 100) * interval '1 day'), 'ccaps', '[]'::jsonb), ${TAG}, now() - (m.n % 300) * interval '1 day'
    from (select id, row_number() over (order by id desc) as n from users where email like 'member-%@bench.example' limit 1000) m`;
  for (const table of ["subscriptions", "invoices", "checkout_attributions", "audit_log"]) await sql`analyze ${sql(table)}`;
}

export async function removeDashboardHistory(sql: postgres.Sql): Promise<void> {
  await sql`delete from invoices where id like 'in_dash_%'`;
  await sql`delete from subscriptions where id like 'sub_dash_%'`;
  await sql`delete from checkout_attributions where member_id is null and checkout_id is null`;
  await sql`delete from audit_log where reason = ${TAG}`;
}
