#!/usr/bin/env bash
# Retakes docs/img/evidence-*.png: /doc/russian-contingent served with and without the article's text.
# The text is not part of the project, so in the picture with it, the words of the cited paragraphs
# that are not evidence are made transparent: the picture holds the evidence phrases, not the article.
# Usage (from the repository root, with ../shared beside it): docs/img/pictures.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
chromium=${CHROMIUM:-/usr/bin/chromium}
page=id/russian-contingent
./kg build >/dev/null
./kg serve --port 3393 --sources ../shared/sources >/tmp/kg-pictures-with.log 2>&1 &
with=$!
./kg serve --port 3394 >/tmp/kg-pictures-without.log 2>&1 &
without=$!
trap 'kill $with $without 2>/dev/null || true' EXIT
for port in 3393 3394; do
  for _ in $(seq 60); do curl -sf "http://localhost:$port/" >/dev/null && break; sleep 1; done
done
html=$(mktemp --suffix=.html)
curl -sf -H 'Accept: text/html' -L "http://localhost:3393/$page" \
  | sed 's|<head>|<head><base href="http://localhost:3393/"><style>blockquote.cited{color:transparent} blockquote.cited mark,blockquote.cited .part{color:#000}</style>|' >"$html"
shoot() { "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1100,1500 --screenshot="$1" "$2" 2>/dev/null; }
shoot docs/img/evidence-with-text.png "file://$html"
shoot docs/img/evidence-without-text.png "http://localhost:3394/doc/russian-contingent"
rm -f "$html"
