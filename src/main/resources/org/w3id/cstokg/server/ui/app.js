// The query page: YASGUI on our endpoint, with queries/ offered as named examples.
// Everything is fetched from this server: the prefix autocompleter reads ui/prefixes.json instead
// of prefix.cc, and the autocompleters that ask other hosts (LOV's property and class) are off.
(function () {
  "use strict";
  var endpoint = new URL("csto/sparql", document.baseURI).href;
  var prefixes = new URL("ui/prefixes.json", document.baseURI).href;
  // Set on the defaults, not only in the options: YASQE merges option arrays into its default
  // list (prefixes, variables, property, class) index by index, which kept prefix.cc in use.
  Yasgui.Yasqe.defaults.autocompleters = ["prefixes", "variables"];
  Yasgui.Yasqe.defaults.prefixCcApi = prefixes;

  // Result tables show plain values ("100", not "100"^^<…#integer>) unless the user turns YASR's
  // "Simple view" switch off: the table plugin has no option for this default, so its draw()
  // gets compact: true whenever neither the stored settings nor the caller chose otherwise.
  var table = Yasgui.Yasr.plugins.table;
  var drawTable = table.prototype.draw;
  table.prototype.draw = function (config) {
    var chosen = (config && config.compact !== undefined) || this.persistentConfig.compact !== undefined;
    return drawTable.call(this, chosen ? config : Object.assign({}, config, { compact: true }));
  };
  document.getElementById("endpoint").textContent = endpoint;

  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    persistenceId: "csto-kg",
    yasqe: { autocompleters: ["prefixes", "variables"], prefixCcApi: prefixes }
  });

  function openExample(example) {
    var tab = yasgui.addTab(true, { name: example.title, requestConfig: { endpoint: endpoint } });
    tab.setQuery(example.query);
    tab.query();
  }

  function listExamples(examples) {
    var list = document.getElementById("examples");
    list.textContent = "";
    if (examples.length === 0) {
      list.innerHTML = '<li class="empty">No queries in queries/</li>';
    }
    examples.forEach(function (example) {
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = example.title;
      button.title = example.name + ".rq";
      button.addEventListener("click", function () { openExample(example); });
      var item = document.createElement("li");
      item.appendChild(button);
      list.appendChild(item);
    });
    // ?example=NAME opens and runs that example (handy for links and screenshots).
    var wanted = new URLSearchParams(window.location.search).get("example");
    examples.filter(function (e) { return e.name === wanted; }).forEach(openExample);
    // Without one, a first visit shows the first example instead of YASGUI's generic query
    // (a tab the user has edited, kept by YASGUI between visits, is left alone).
    var current = yasgui.getTab();
    if (!wanted && examples.length > 0 && current && /\?sub \?pred \?obj/.test(current.getQuery())) {
      current.setQuery(examples[0].query);
    }
  }

  fetch("ui/examples.json")
    .then(function (response) { return response.json(); })
    .then(listExamples)
    .catch(function (error) {
      document.getElementById("examples").innerHTML = '<li class="empty">Examples unavailable</li>';
      console.error(error);
    });
})();
