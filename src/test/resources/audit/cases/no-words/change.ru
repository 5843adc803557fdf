# The boarding cites paragraph 2 without words (cite: 2).
PREFIX kg: <https://w3id.org/csto-kg/ontology#>
PREFIX oa: <http://www.w3.org/ns/oa#>
BASE <https://w3id.org/csto-kg/id/>
DELETE WHERE { GRAPH ?g { <boarding/citation/1> oa:hasSelector ?s . ?s ?p ?o } }
