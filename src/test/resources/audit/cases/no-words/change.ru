# The boarding cites paragraph 2 without words (cite: 2).
PREFIX kg: <https://w3id.org/csto-kg/ontology#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
BASE <https://w3id.org/csto-kg/id/>
DELETE { GRAPH ?g { ?c oa:hasSelector ?s . ?s ?p ?o } }
WHERE { GRAPH ?g { ?c oa:hasSelector/oa:exact "they boarded within four hours" ; oa:hasSelector ?s . ?s ?p ?o } }
