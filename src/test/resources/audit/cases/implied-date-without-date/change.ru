# The return loses its date: "two days later" still dates it by context, but there is no date to check (check 10).
PREFIX kg: <https://w3id.org/csto-kg/ontology#>
DELETE { GRAPH ?g { ?return kg:date ?date } }
WHERE { GRAPH ?g { ?return kg:dateImpliedBy ?words ; kg:date ?date } }
