# The arrival's participants, "The troops came from Testland and Nordia", gain Porto, citing the same
# words (check 19): a list that one evidence states is in its words, and these name no Porto.
PREFIX kg: <https://w3id.org/csto-kg/ontology#>
PREFIX id: <https://w3id.org/csto-kg/id/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
INSERT { GRAPH ?g { id:arrival kg:participant id:porto .
                    _:s a rdf:Statement ; rdf:subject id:arrival ; rdf:predicate kg:participant ; rdf:object id:porto ; kg:citation ?c } }
WHERE { GRAPH ?g { ?r rdf:subject id:arrival ; rdf:predicate kg:participant ; rdf:object id:testland ; kg:citation ?c } }
