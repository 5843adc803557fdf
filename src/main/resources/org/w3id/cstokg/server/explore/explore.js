// The graph explorer: the whole graph (positions computed on the server) or one node's
// neighbourhood (?focus=IRI), coloured by group, with details and sources on click and a search
// box over the full-text index. Every text from the data goes into the page as text, never as HTML.
(function () {
  "use strict";
  // Colours and sizes come with the graph (data.color, data.size, and each legend group's colour),
  // from the server's one palette, which the GEXF, GraphML and Cytoscape exports use too.
  var SHAPES = { "event": "round-rectangle", "statement": "diamond", "role": "round-triangle",
                 "source": "round-tag", "concept": "hexagon" };
  var LABEL_LENGTH = 30;
  // Named things can be labelled in the overview; statements, posts and concepts, whose labels are
  // long generated sentences, get small labels that show once zoomed in or selected.
  var NAMED = { "state": 1, "person": 1, "military-unit": 1, "organization": 1, "place": 1, "event": 1, "source": 1 };
  // Small labels are drawn once they reach this many pixels on screen (at about 85% zoom).
  var SMALL_LABEL = 12, SMALL_LABEL_MIN_PIXELS = 10;
  var focus = new URLSearchParams(window.location.search).get("focus");
  var status = document.getElementById("status");
  var cy;

  function element(tag, text, className) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (className) e.className = className;
    return e;
  }

  // Only our relative links ("id/…", "explore?…") and web IRIs become hrefs.
  function link(text, href) {
    if (!/^(id\/|explore\?|https?:\/\/)/.test(href)) return element("span", text);
    var a = element("a", text);
    a.href = href;
    return a;
  }

  function shortLabel(name) {
    return name.length > LABEL_LENGTH ? name.slice(0, LABEL_LENGTH - 1) + "…" : name;
  }

  function style() {
    var rules = [
      { selector: "node", style: {
          "label": "data(short)", "font-size": function (n) { return n.data("labelSize"); },
          "min-zoomed-font-size": 8, "text-valign": "bottom", "text-margin-y": 2,
          // In a neighbourhood's ring, neighbours at the bottom sit side by side: narrower labels wrap instead of overlapping.
          "text-wrap": "wrap", "text-max-width": focus ? 120 : 240, "color": "#111",
          "text-background-color": "#fff", "text-background-opacity": 0.75, "text-background-padding": 1,
          "width": function (n) { return n.data("size"); }, "height": function (n) { return n.data("size"); },
          "background-color": function (n) { return n.data("color"); },
          "border-width": 1, "border-color": "#555" } },
      // A label that would overlap a bigger one in the overview waits until the user zooms in.
      { selector: "node.small-label", style: { "font-size": SMALL_LABEL, "min-zoomed-font-size": SMALL_LABEL_MIN_PIXELS } },
      { selector: "edge", style: {
          "width": 1, "line-color": "#b8b8b8", "curve-style": "bezier", "target-arrow-shape": "triangle",
          "target-arrow-color": "#b8b8b8", "arrow-scale": 0.7, "label": "data(relation)", "font-size": 9,
          "min-zoomed-font-size": 11, "color": "#555", "text-rotation": "autorotate",
          "text-background-color": "#fff", "text-background-opacity": 0.8 } },
      { selector: "node.faded", style: { "opacity": 0.15, "text-opacity": 0 } },
      { selector: "edge.faded", style: { "opacity": 0.08, "text-opacity": 0 } },
      { selector: "edge.near", style: { "line-color": "#555", "target-arrow-color": "#555", "width": 1.5,
                                       "min-zoomed-font-size": 0 } },
      { selector: "node.near", style: { "min-zoomed-font-size": 0 } },
      { selector: "node:selected", style: { "border-width": 4, "border-color": "#000", "min-zoomed-font-size": 0 } }
    ];
    Object.keys(SHAPES).forEach(function (group) {
      rules.push({ selector: 'node[group = "' + group + '"]', style: { shape: SHAPES[group] } });
    });
    return rules;
  }

  function legend(groups) {
    var list = document.querySelector("#legend ul");
    list.textContent = "";
    groups.forEach(function (g) {
      var item = element("li");
      var swatch = element("span", null, "swatch");
      swatch.style.background = g.colour;
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(g.label + " "));
      item.appendChild(element("span", "(" + g.count + ")", "count"));
      list.appendChild(item);
    });
  }

  function row(table, name, content) {
    var tr = element("tr");
    tr.appendChild(element("th", name));
    var td = element("td");
    if (typeof content === "string") td.textContent = content; else td.appendChild(content);
    tr.appendChild(td);
    table.appendChild(tr);
  }

  function joined(items, render) {
    var span = element("span");
    items.forEach(function (item, i) {
      if (i > 0) span.appendChild(document.createTextNode(", "));
      span.appendChild(render(item));
    });
    return span;
  }

  function connections(node) {
    var list = element("ul");
    node.connectedEdges().forEach(function (edge) {
      var out = edge.source().same(node);
      var other = out ? edge.target() : edge.source();
      var li = element("li", out ? edge.data("relation") + " → " : "← " + edge.data("relation") + " ");
      var button = element("button", other.data("name"), "link");
      button.type = "button";
      button.addEventListener("click", function () { select(other); });
      li.appendChild(button);
      list.appendChild(li);
    });
    return list;
  }

  function details(node) {
    var d = node.data();
    var box = document.getElementById("details");
    box.textContent = "";
    box.appendChild(element("h2", d.name));
    box.appendChild(element("p", d.type + " · " + groupLabel(d.group), "kind"));
    var links = element("p", null, "links");
    if (d.page) links.appendChild(link("Linked Data page", d.page));
    links.appendChild(link("Neighbourhood", "explore?focus=" + encodeURIComponent(d.iri)));
    if (d.wikidata) links.appendChild(link("Wikidata", d.wikidata.split(" | ")[0]));
    box.appendChild(links);
    box.appendChild(element("p", d.iri, "iri"));
    var s = d.sources;
    box.appendChild(element("h3", "Sources"));
    var sources = element("table");
    if (s.paragraphs.length) row(sources, "Paragraphs", joined(s.paragraphs, function (p) { return link(p.name, p.page || ""); }));
    if (s.outlets.length) row(sources, "Outlets cited", joined(s.outlets, function (o) { return link(o.name, o.page || ""); }));
    if (s.dates.length) row(sources, "Dates cited", s.dates.join(", "));
    if (!sources.childNodes.length) row(sources, "—", "no citation");
    box.appendChild(sources);
    box.appendChild(element("h3", "Properties"));
    var props = element("table");
    d.properties.forEach(function (p) { row(props, p.name, p.value.split(" | ").join("\n")); });
    if (!d.properties.length) row(props, "—", "none besides its links");
    box.appendChild(props);
    box.appendChild(element("h3", "Connections (" + node.degree(true) + ")"));
    box.appendChild(connections(node));
  }

  var groupLabels = {};
  function groupLabel(key) { return groupLabels[key] || key; }

  function select(node) {
    cy.elements().removeClass("faded near");
    cy.elements().unselect();
    var hood = node.closedNeighborhood();
    cy.elements().not(hood).addClass("faded");
    hood.addClass("near");
    node.select();
    if (!focus) cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1) }, { duration: 300 });
    details(node);
  }

  function clear() {
    cy.elements().removeClass("faded near");
  }

  // Label texts and sizes are data the style reads, so they are set before Cytoscape first styles
  // the nodes (set afterwards, every node logged a warning for reading them unset). The node's size
  // (by its degree in the whole graph) comes with the graph.
  function prepare(graph) {
    graph.elements.nodes.forEach(function (n) {
      n.data.short = shortLabel(n.data.name);
      // The overview is seen from afar, so its named nodes get large labels; a neighbourhood is seen close up.
      n.data.labelSize = focus ? 13 : NAMED[n.data.group] ? Math.round(Math.min(36, 24 + 0.4 * (n.data.size - 12))) : SMALL_LABEL;
      if (!focus && !NAMED[n.data.group]) n.classes = "small-label";
    });
  }

  // The overview keeps a large label only where it overlaps no larger one already placed, the most
  // connected nodes first; the others get small labels, drawn once zoomed in. Overlap is measured
  // in model coordinates, where it does not change with the zoom.
  function thinLabels() {
    var placed = [];
    var named = cy.nodes().filter(function (n) { return !n.hasClass("small-label"); })
      .sort(function (a, b) { return b.degree(false) - a.degree(false) || (a.id() < b.id() ? -1 : 1); });
    named.forEach(function (n) {
      var box = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
      var clash = placed.some(function (p) {
        return box.x1 < p.x2 + 2 && p.x1 < box.x2 + 2 && box.y1 < p.y2 + 2 && p.y1 < box.y2 + 2;
      });
      if (clash) n.addClass("small-label"); else placed.push(box);
    });
  }

  function draw(graph) {
    prepare(graph);
    (graph.groups || []).forEach(function (g) { groupLabels[g.key] = g.label; });
    legend(graph.groups || []);
    cy = cytoscape({
      container: document.getElementById("cy"),
      elements: graph.elements,
      style: style(),
      layout: { name: "preset" },
      minZoom: 0.1, maxZoom: 4, boxSelectionEnabled: false
    });
    var layout = focus
      ? cy.layout({ name: "concentric", fit: true, padding: 40, minNodeSpacing: 70, animate: false,
                    concentric: function (n) { return n.id() === graph.focus ? 2 : 1; },
                    levelWidth: function () { return 1; } })
      : cy.layout({ name: "preset", fit: true, padding: 30 });
    if (!focus) thinLabels();
    cy.one("render", function () {
      document.body.setAttribute("data-node-count", String(cy.nodes().length));
      document.body.setAttribute("data-edge-count", String(cy.edges().length));
      document.title = "csto-kg — " + cy.nodes().length + " nodes";
    });
    layout.run();
    cy.on("tap", "node", function (e) { select(e.target); });
    cy.on("tap", function (e) { if (e.target === cy) clear(); });
    var what = focus ? "Neighbourhood of " + cy.getElementById(graph.focus).data("name") : "Whole graph";
    status.textContent = what + ": " + graph.nodeCount + " nodes, " + graph.edgeCount + " edges.";
    if (focus) select(cy.getElementById(graph.focus));
  }

  // Search: hits in the current view are selected; others open their neighbourhood.
  var hits = document.getElementById("hits");
  var input = document.getElementById("q");
  var pending;
  function showHits(answer) {
    hits.textContent = "";
    if (!answer.hits.length) hits.appendChild(element("li", "No match for “" + answer.q + "”", "none"));
    answer.hits.forEach(function (hit) {
      var button = element("button", hit.label);
      button.type = "button";
      button.appendChild(element("span", hit.type, "type"));
      button.addEventListener("click", function () {
        hits.hidden = true;
        var node = cy && cy.nodes().filter(function (n) { return n.data("iri") === hit.iri; });
        if (node && node.length) select(node[0]);
        else window.location.href = "explore?focus=" + encodeURIComponent(hit.iri);
      });
      var li = element("li");
      li.appendChild(button);
      hits.appendChild(li);
    });
    hits.hidden = false;
  }
  function search() {
    var q = input.value.trim();
    if (q.length < 2) { hits.hidden = true; return; }
    fetch("explore/search?q=" + encodeURIComponent(q))
      .then(function (r) { return r.ok ? r.json() : r.text().then(function (t) { throw new Error(t); }); })
      .then(function (answer) { if (input.value.trim() === q) showHits(answer); })
      .catch(function (error) { hits.textContent = ""; hits.appendChild(element("li", error.message, "none")); hits.hidden = false; });
  }
  input.addEventListener("input", function () { clearTimeout(pending); pending = setTimeout(search, 200); });
  document.getElementById("search").addEventListener("submit", function (e) { e.preventDefault(); search(); });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") hits.hidden = true; });

  fetch("explore/graph.json" + (focus ? "?focus=" + encodeURIComponent(focus) : ""))
    .then(function (r) { return r.ok ? r.json() : r.text().then(function (t) { throw new Error(t); }); })
    .then(draw)
    .catch(function (error) {
      status.textContent = "Cannot show the graph: " + error.message;
      document.body.setAttribute("data-error", error.message);
    });
})();
