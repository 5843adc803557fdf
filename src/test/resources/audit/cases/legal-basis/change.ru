# The council's decision now has a legal basis (the Testland Peacekeeping Force stands in for one)
# and authorizes the boarding, which has none (check 18): what a decision authorizes rests on its basis.
PREFIX kg: <https://w3id.org/csto-kg/ontology#>
PREFIX id: <https://w3id.org/csto-kg/id/>
INSERT { GRAPH ?g { id:council-decision kg:legalBasis id:tpf . id:boarding kg:authorizedBy id:council-decision } }
WHERE { GRAPH ?g { id:council-decision a ?type } }
