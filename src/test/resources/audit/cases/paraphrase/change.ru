# The aircraft's evidence is a paraphrase: the article says "aboard three aircraft".
PREFIX kg: <https://w3id.org/csto-kg/ontology#>
PREFIX oa: <http://www.w3.org/ns/oa#>
BASE <https://w3id.org/csto-kg/id/>
DELETE { GRAPH ?g { <arrival/citation/3/quote> oa:exact ?w } } INSERT { GRAPH ?g { <arrival/citation/3/quote> oa:exact "on board three planes" } } WHERE { GRAPH ?g { <arrival/citation/3/quote> oa:exact ?w } }
