# Nordia's evidence is a word paragraph 1 has twice.
PREFIX kg: <https://w3id.org/csto-kg/ontology#>
PREFIX oa: <http://www.w3.org/ns/oa#>
BASE <https://w3id.org/csto-kg/id/>
DELETE { GRAPH ?g { <nordia/citation/1/quote> oa:exact ?w } } INSERT { GRAPH ?g { <nordia/citation/1/quote> oa:exact "troops" } } WHERE { GRAPH ?g { <nordia/citation/1/quote> oa:exact ?w } }
