# Nordia's evidence is a word paragraph 1 has twice.
PREFIX kg: <https://w3id.org/csto-kg/ontology#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
BASE <https://w3id.org/csto-kg/id/>
DELETE { GRAPH ?g { ?q oa:exact "and Nordia" } } INSERT { GRAPH ?g { ?q oa:exact "troops" } }
WHERE { GRAPH ?g { ?q oa:exact "and Nordia" } }
