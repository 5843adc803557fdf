# The graph without its ontology's classes (check 12): nothing says which types are events, so the
# audit cannot tell which statements report or were made at events, and says so.
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX kg: <https://w3id.org/csto-kg/ontology#>
DELETE { GRAPH ?g { ?c rdfs:subClassOf ?p } } WHERE { GRAPH ?g { ?c rdfs:subClassOf ?p } } ;
DELETE { ?c rdfs:subClassOf ?p } WHERE { ?c rdfs:subClassOf ?p } ;
DELETE { GRAPH ?g { ?e rdf:type kg:Event } } WHERE { GRAPH ?g { ?e rdf:type kg:Event } }
