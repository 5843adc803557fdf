# Breaks the clean fixture: an actor whose ACLED actor type is an event type.
# shacl: kgsh:AcledActorTypeShape 1
PREFIX : <https://w3id.org/csto-kg/id/>
PREFIX kg: <https://w3id.org/csto-kg/ontology#>
PREFIX cameo: <https://w3id.org/csto-kg/code/cameo/>
PREFIX acled: <https://w3id.org/csto-kg/code/acled/>
DELETE { :belarusian-contingent kg:acledActorType acled:inter-8 } INSERT { :belarusian-contingent kg:acledActorType acled:riots } WHERE {}
