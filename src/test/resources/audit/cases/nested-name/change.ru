# The force loses its state: the name "Testland Peacekeeping Force" holds "Testland", and nothing
# relates the force to the state any more (check 7).
PREFIX kg: <https://w3id.org/csto-kg/ontology#>
DELETE { GRAPH ?g { ?force kg:ofState ?state } }
WHERE { GRAPH ?g { ?force kg:ofState ?state } }
