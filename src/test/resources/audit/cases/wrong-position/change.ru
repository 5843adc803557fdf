# The boarding's offsets point five code points too early: not at its words in the text.
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
BASE <https://w3id.org/csto-kg/id/>
DELETE { GRAPH ?g { <boarding/citation/1/position> oa:start ?s ; oa:end ?e } } INSERT { GRAPH ?g { <boarding/citation/1/position> oa:start "417"^^xsd:nonNegativeInteger ; oa:end "447"^^xsd:nonNegativeInteger } } WHERE { GRAPH ?g { <boarding/citation/1/position> oa:start ?s ; oa:end ?e } }
