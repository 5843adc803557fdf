# The minister's words are now made at the arrival (check 12): the quotation has no date, and its
# speaker is none of the arrival's agents or participants.
PREFIX kg: <https://w3id.org/csto-kg/ontology#>
PREFIX id: <https://w3id.org/csto-kg/id/>
INSERT { GRAPH ?g { id:arrival kg:statement id:minister-quote } }
WHERE { GRAPH ?g { id:arrival kg:date ?d } }
