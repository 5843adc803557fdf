# The arrival's participants lose Testland: the name "Testland Peacekeeping Force" holds "Testland",
# and nothing relates the force to the state any more (nor does the participants' evidence name a participant).
PREFIX kg: <https://w3id.org/csto-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
DELETE { GRAPH ?g { ?e kg:participant ?t } }
WHERE { GRAPH ?g { ?e kg:participant ?t . ?t rdfs:label "Testland"@en } }
