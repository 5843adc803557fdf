# The aircraft's evidence is a paraphrase: the article says "aboard three aircraft".
PREFIX kg: <https://w3id.org/csto-kg/ontology#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
BASE <https://w3id.org/csto-kg/id/>
DELETE { GRAPH ?g { ?q oa:exact "aboard three aircraft" } } INSERT { GRAPH ?g { ?q oa:exact "on board three planes" } }
WHERE { GRAPH ?g { ?q oa:exact "aboard three aircraft" } }
