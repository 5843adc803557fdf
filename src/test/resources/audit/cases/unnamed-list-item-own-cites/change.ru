# As unnamed-list-item, but Porto writes out the same cite as a citation of its own ("- {value: porto,
# cite: ...}" beside the others): items that each cite the same words at the same place are one list
# (check 19) as much as items that share one citation.
PREFIX kg: <https://w3id.org/csto-kg/ontology#>
PREFIX id: <https://w3id.org/csto-kg/id/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
INSERT { GRAPH ?g { id:arrival kg:participant id:porto .
                    _:s a rdf:Statement ; rdf:subject id:arrival ; rdf:predicate kg:participant ; rdf:object id:porto ;
                        kg:citation id:arrival-porto-citation .
                    id:arrival-porto-citation ?cp ?co } }
WHERE { GRAPH ?g { ?r rdf:subject id:arrival ; rdf:predicate kg:participant ; rdf:object id:testland ; kg:citation ?c .
                   ?c ?cp ?co } }
