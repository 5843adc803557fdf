# The TPF's alias is deleted: the caption's "TPF" is a name the graph no longer knows.
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
DELETE { GRAPH ?g { ?s skos:altLabel ?alias } }
WHERE { GRAPH ?g { ?s skos:altLabel ?alias FILTER (str(?alias) = "TPF") } }
