# Ana Berg no longer holds the post: "Minister" before her name is a title no holding's evidence holds (check 9).
PREFIX org: <http://www.w3.org/ns/org#>
DELETE { GRAPH ?g { ?person org:holds ?post } }
WHERE { GRAPH ?g { ?person org:holds ?post } }
