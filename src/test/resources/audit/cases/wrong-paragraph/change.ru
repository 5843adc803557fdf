# The boarding cites paragraph 1, but its words are in paragraph 2.
PREFIX kg: <https://w3id.org/csto-kg/ontology#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
BASE <https://w3id.org/csto-kg/id/>
DELETE { GRAPH ?g { ?c kg:inPart ?p } } INSERT { GRAPH ?g { ?c kg:inPart <small-1/p1> } }
WHERE { GRAPH ?g { ?c oa:hasSelector/oa:exact "they boarded within four hours" ; kg:inPart ?p } }
