#!/usr/bin/env bash
# A production install serves: the built app with runtime dependencies only
# (npm ci --omit=dev), started with the README's production command.
# Usage: scripts/check-production-install.sh  (after `npm run build`; DATABASE_URL names a PostgreSQL
# server where a scratch database may be made). Run by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
dir=$(mktemp -d /tmp/lede-production-XXXXXX)
port=${PROD_CHECK_PORT:-3190}
db="lede_prod_check_$$"
admin_url="${DATABASE_URL:?DATABASE_URL must name a PostgreSQL server}"
db_url="${admin_url%/*}/$db"
cleanup() {
  [ -n "${server:-}" ] && kill "$server" 2>/dev/null || true
  psql -w "$admin_url" -qc "drop database if exists $db with (force)" >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT

# What a release ships: the build, the config it loads, public files, the lockfile.
cp -a package.json package-lock.json next.config.ts .next public patches "$dir/"
# next.config.ts loads a few of the repository's own files (the route table and what it reads):
# the exact set, as esbuild resolves it, goes along.
npx esbuild next.config.ts --bundle --platform=node --format=esm --packages=external --metafile="$dir/config-meta.json" --outfile="$dir/config-bundle.mjs" --log-level=warning
node -e '
  const meta = require(process.argv[1]);
  for (const file of Object.keys(meta.inputs)) if (file !== "next.config.ts") console.log(file);
' "$dir/config-meta.json" | while read -r file; do mkdir -p "$dir/$(dirname "$file")" && cp "$file" "$dir/$file"; done
rm -f "$dir/config-meta.json" "$dir/config-bundle.mjs"
# Install scripts run: postinstall applies patches/ (the database driver's fix) with patch-package.
(cd "$dir" && npm ci --omit=dev --no-audit --no-fund >/dev/null)
[ -d "$dir/node_modules/tsx" ] && { echo "dev dependencies were installed"; exit 1; }
grep -q "Lede's patch" "$dir/node_modules/postgres/cjs/src/connection.js" "$dir/node_modules/postgres/src/connection.js" || { echo "the postgres driver patch was not applied"; exit 1; }

# Migrations and seed run from the source tree (npm run db:prepare, as the README says), then the server from the pruned copy.
psql -w "$admin_url" -qc "create database $db" >/dev/null
DATABASE_URL="$db_url" npx tsx scripts/prepare-database.ts >/dev/null
(cd "$dir" && DATABASE_URL="$db_url" AUTH_SECRET="production-check-secret-0123456789abcdef" LEDE_PUBLIC_URL="http://localhost:$port" \
  exec node --max-old-space-size=256 .next/lede-server.mjs -p "$port" >"$dir/server.log" 2>&1) &
server=$!
for _ in $(seq 1 60); do curl -fs -o /dev/null "http://localhost:$port/latest" && break; kill -0 "$server" 2>/dev/null || break; sleep 1; done
for path in / /latest /subscribe /signin /feed.xml /sitemap.xml /sitemap-pages.xml /news-sitemap.xml; do
  status=$(curl -s -o /dev/null -w "%{http_code}" "http://localhost:$port$path" || true)
  [ "$status" = 200 ] || { echo "production install: $path answered $status"; cat "$dir/server.log"; exit 1; }
done
article=$(curl -s "http://localhost:$port/sitemap-pages.xml" | grep -o "http://localhost:$port/articles/[a-z0-9-]*" | head -n1)
status=$(curl -s -o /dev/null -w "%{http_code}" "$article" || true)
[ "$status" = 200 ] || { echo "production install: $article answered $status"; cat "$dir/server.log"; exit 1; }
# Without a public origin a production server refuses to start, with a message.
if (cd "$dir" && DATABASE_URL="$db_url" AUTH_SECRET=x timeout 30 node .next/lede-server.mjs -p $((port + 1)) >"$dir/refused.log" 2>&1); then
  echo "production install: the server started without LEDE_PUBLIC_URL"; exit 1
fi
grep -q "LEDE_PUBLIC_URL is required" "$dir/refused.log" || { cat "$dir/refused.log"; exit 1; }
echo "production install: serves with runtime dependencies only (npm ci --omit=dev), refuses to start without LEDE_PUBLIC_URL"
