# Breaks nothing (the twin of event-class-matches-acled-event-type): a disorder without its own ACLED type whose class is an exact match to a sub-event type has that type.
PREFIX : <https://w3id.org/csto-kg/id/>
PREFIX kg: <https://w3id.org/csto-kg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX acled: <https://w3id.org/csto-kg/code/acled/>
DELETE { :disorders kg:acledSubEventType ?type }
INSERT { kg:Disorder skos:exactMatch acled:violent-demonstration }
WHERE { :disorders kg:acledSubEventType ?type }
