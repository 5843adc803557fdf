# Ana Berg's name is left only in her own evidence "Ana Berg": the quotation's speaker is gone, and
# her holding cites those words alone instead of "Minister Ana Berg". Her type is cited twice, by
# her own words and by the post's "Minister", and her words also cite the arrival's place, which
# "arrived in Porto" cites too, and the holding is cited once more by the same words for another
# outlet. None of it says more of her than her name: the holding is cited by
# the name alone, a type is no statement, and the arrival's place is not about her. "Ana Berg" lies
# in no evidence of a fact that says something of her (check 5, the other way). Before, any triple
# of the name's evidence cited twice made the evidence count as saying more than the name.
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX kg: <https://w3id.org/csto-kg/ontology#>
PREFIX id: <https://w3id.org/csto-kg/id/>
PREFIX org: <http://www.w3.org/ns/org#>
DELETE { GRAPH ?g { ?r ?rp ?ro } }
WHERE { GRAPH ?g { ?r a rdf:Statement ; rdf:object id:ana-berg ; ?rp ?ro } } ;
DELETE { GRAPH ?g { ?holds kg:citation ?old } }
INSERT { GRAPH ?g { ?holds kg:citation ?own . ?type kg:citation ?minister . ?place kg:citation ?own } }
WHERE { GRAPH ?g { ?holds rdf:subject id:ana-berg ; rdf:predicate org:holds ; kg:citation ?old .
                   ?type rdf:subject id:ana-berg ; rdf:predicate rdf:type ; kg:citation ?own .
                   ?post rdf:subject id:testland-minister ; rdf:predicate rdf:type ; kg:citation ?minister .
                   ?place rdf:subject id:arrival ; rdf:predicate kg:place } }
;
# The same words cited once more for another outlet: one citation per outlet of the same words is
# the same place, no other words, so the holding still says nothing more of her.
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
INSERT { GRAPH ?g { ?copy ?cp ?co . ?copy kg:citesOutlet id:radio-one . ?holds kg:citation ?copy } }
WHERE { GRAPH ?g { ?holds rdf:subject id:ana-berg ; rdf:predicate org:holds ; kg:citation ?own .
                   ?own oa:hasSelector/oa:exact "Ana Berg" ; ?cp ?co . FILTER(?cp != rdfs:label) }
        BIND(IRI(CONCAT(STR(?own), "-radio-one")) AS ?copy) }
