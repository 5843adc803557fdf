# The boarding cites paragraph 1, but its words are in paragraph 2.
PREFIX kg: <https://w3id.org/csto-kg/ontology#>
PREFIX oa: <http://www.w3.org/ns/oa#>
BASE <https://w3id.org/csto-kg/id/>
DELETE { GRAPH ?g { <boarding/citation/1> kg:inPart ?p } } INSERT { GRAPH ?g { <boarding/citation/1> kg:inPart <small-1/p1> } } WHERE { GRAPH ?g { <boarding/citation/1> kg:inPart ?p } }
