#!/usr/bin/env bash
# Makes the pictures of docs/explorers.md: each explorer file of `./kg export` opened by a reader we
# did not write, in headless Chromium: csto-kg.gexf and csto-kg.graphml parsed by graphology-library
# and drawn by sigma, csto-kg.cyjs drawn by Cytoscape.js from the project's WebJar. Each page logs
# what the reader found (nodes, edges, nodes without colour or position) to the console.
# Usage: docs/explorers/pictures.sh EXPORT_DIR OUT_DIR   (needs npm, python3, /usr/bin/chromium)
set -euo pipefail
export_dir="$(cd "$1" && pwd)"; out="$(mkdir -p "$2" && cd "$2" && pwd)"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent \
  graphology@0.26.0 graphology-library@0.8.0 sigma@3.0.2 >/dev/null)
jar="$(ls "$HOME"/.m2/repository/org/webjars/npm/cytoscape/*/cytoscape-*.jar | sort -V | tail -1)"
unzip -q -o -j "$jar" '*/dist/cytoscape.min.js' -d "$work"
cp "$export_dir"/csto-kg.gexf "$export_dir"/csto-kg.graphml "$export_dir"/csto-kg.cyjs "$work"
python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
head = '<!doctype html><meta charset="utf-8"><style>body{margin:0;font:14px sans-serif}#c{width:1400px;height:860px}#s{height:40px;padding:8px}</style><div id="s"></div><div id="c"></div>'
def report(text):
    return "document.getElementById('s').textContent = %s; console.log('READ ' + document.getElementById('s').textContent);" % text
for fmt, parser in (("gexf", "gexf"), ("graphml", "graphml")):
    data = json.dumps(open(f"{work}/csto-kg.{fmt}").read())
    page = head + f'''<script src="node_modules/graphology/dist/graphology.umd.min.js"></script>
<script src="node_modules/graphology-library/dist/graphology-library.min.js"></script>
<script src="node_modules/sigma/dist/sigma.min.js"></script><script>
var g = graphologyLibrary.{parser}.parse(graphology.MultiDirectedGraph, {data});
var noColour = 0, noPosition = 0;
g.forEachNode(function (n, a) {{ if (!a.color) noColour++; if (typeof a.x !== "number" || typeof a.y !== "number") noPosition++; }});
{report(f'"csto-kg.{fmt} read by graphology-library 0.8.0 and drawn by sigma 3: " + g.order + " nodes, " + g.size + " edges; without colour: " + noColour + ", without position: " + noPosition')}
// sigma reads the attribute "type" as the name of its node renderer; ours is the node's class.
new Sigma(g, document.getElementById("c"), {{ nodeReducer: function (n, a) {{ return Object.assign({{}}, a, {{ type: "circle" }}); }},
  itemSizesReference: "positions", zoomToSizeRatioFunction: function (x) {{ return x; }}, labelRenderedSizeThreshold: 9 }});
</script>'''
    open(f"{work}/{fmt}.html", "w").write(page)
data = json.dumps(json.load(open(f"{work}/csto-kg.cyjs")))
page = head + f'''<script src="cytoscape.min.js"></script><script>
var doc = {data};
var cy = cytoscape({{ container: document.getElementById("c"), elements: doc.elements, layout: {{ name: "preset", fit: true, padding: 20 }},
  style: [{{ selector: "node", style: {{ "background-color": "data(color)", width: "data(size)", height: "data(size)" }} }},
          {{ selector: "edge", style: {{ width: 1, "line-color": "#ccc" }} }}] }});
{report('"csto-kg.cyjs drawn by Cytoscape.js " + cytoscape.version + " (preset layout, colour and size from data): " + cy.nodes().length + " nodes, " + cy.edges().length + " edges"')}
</script>'''
open(f"{work}/cyjs.html", "w").write(page)
PY
for page in gexf graphml cyjs; do
  timeout 120 /usr/bin/chromium --headless --no-sandbox --disable-gpu --use-gl=swiftshader --enable-unsafe-swiftshader \
    --hide-scrollbars --allow-file-access-from-files --enable-logging=stderr --v=0 --virtual-time-budget=5000 \
    --window-size=1400,920 --screenshot="$out/explorer-$page.png" "file://$work/$page.html" 2>&1 \
    | grep -o '"READ .*"' || echo "$page: the reader reported nothing" >&2
done
