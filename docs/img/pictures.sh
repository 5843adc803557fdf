#!/usr/bin/env bash
# Retakes docs/img/evidence-*.png: /doc/russian-contingent served with and without the article's text.
# The text is not part of the project, so in the picture with it, the words of the cited paragraphs
# that are not evidence are made transparent: the picture holds the evidence phrases, not the article.
# Usage (from the repository root, with ../shared beside it): docs/img/pictures.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
chromium=${CHROMIUM:-/usr/bin/chromium}
port=3393
page=doc/russian-contingent
shoot() { "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1100,1500 --screenshot="$1" "$2" 2>/dev/null; }
serve() {
  ./kg serve --port $port "$@" >/tmp/kg-pictures.log 2>&1 &
  server=$!
  for _ in $(seq 90); do curl -sf "http://localhost:$port/" >/dev/null && return; sleep 1; done
  echo "kg serve did not start; see /tmp/kg-pictures.log" >&2; exit 1
}
./kg build >/dev/null 2>&1
trap 'kill ${server:-} 2>/dev/null || true' EXIT

serve --sources ../shared/sources
html=$(mktemp --suffix=.html)
curl -sf -H 'Accept: text/html' "http://localhost:$port/$page" \
  | sed "s|<head>|<head><base href=\"http://localhost:$port/\"><style>blockquote.cited{color:transparent} blockquote.cited mark,blockquote.cited .part{color:#000}</style>|" >"$html"
shoot docs/img/evidence-with-text.png "file://$html"
rm -f "$html"
kill $server; wait $server 2>/dev/null || true

serve
shoot docs/img/evidence-without-text.png "http://localhost:$port/$page"
