# The force gains the alias "Peacekeeping Force", which the article writes only inside the force's
# name "Testland Peacekeeping Force": an alias that names nothing the name does not (check 8).
PREFIX kg: <https://w3id.org/csto-kg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
INSERT { GRAPH ?g { ?force skos:altLabel "Peacekeeping Force"@en } }
WHERE { GRAPH ?g { ?force kg:ofState ?state } }
