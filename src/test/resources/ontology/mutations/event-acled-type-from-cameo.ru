# Breaks the clean fixture: an event whose ACLED sub-event type is a CAMEO code.
# shacl: kgsh:AcledSubEventTypeShape 1
PREFIX : <https://w3id.org/csto-kg/id/>
PREFIX kg: <https://w3id.org/csto-kg/ontology#>
PREFIX cameo: <https://w3id.org/csto-kg/code/cameo/>
PREFIX acled: <https://w3id.org/csto-kg/code/acled/>
DELETE { :mission kg:acledSubEventType acled:other-strategic-development } INSERT { :mission kg:acledSubEventType cameo:074 } WHERE {}
