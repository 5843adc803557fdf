# Nothing changes in the facts; the reviewed list no longer names the aside.
PREFIX kg: <https://w3id.org/csto-kg/ontology#>
PREFIX oa: <http://www.w3.org/ns/oa#>
BASE <https://w3id.org/csto-kg/id/>
DELETE WHERE { GRAPH ?g { <nothing> <at> <all> } }
