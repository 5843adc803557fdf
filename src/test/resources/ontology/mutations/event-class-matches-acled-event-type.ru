# Breaks the clean fixture: a disorder without its own ACLED type whose class is a close match only to an event type (riots), not to a sub-event type.
# shacl: kgsh:EventAcledTypeShape 1
PREFIX : <https://w3id.org/csto-kg/id/>
PREFIX kg: <https://w3id.org/csto-kg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX acled: <https://w3id.org/csto-kg/code/acled/>
DELETE { :disorders kg:acledSubEventType ?type }
INSERT { kg:Disorder skos:closeMatch acled:riots }
WHERE { :disorders kg:acledSubEventType ?type }
