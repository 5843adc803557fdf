"""Loads one dump with rdflib. Prints JSON: the triples of each named graph (quad formats) or of
the graph, and whether the graph is isomorphic with a reference N-Triples file when one is given."""
import json
import sys

from rdflib import ConjunctiveGraph, Graph
from rdflib.compare import isomorphic

dump, fmt = sys.argv[1], sys.argv[2]
reference = sys.argv[3] if len(sys.argv) > 3 else None
if fmt in ("nquads", "trig", "json-ld"):
    dataset = ConjunctiveGraph()
    dataset.parse(dump, format=fmt)
    counts = {str(g.identifier): len(g) for g in dataset.contexts() if len(g) > 0}
    print(json.dumps({"graphs": counts}))
else:
    graph = Graph()
    graph.parse(dump, format=fmt)
    out = {"triples": len(graph)}
    if reference:
        expected = Graph()
        expected.parse(reference, format="nt")
        out["isomorphic"] = isomorphic(graph, expected)
    print(json.dumps(out))
