# Breaks the clean fixture: an event coded with an ACLED event type (Riots) where a sub-event type belongs.
# shacl: kgsh:AcledSubEventTypeShape 1
PREFIX : <https://w3id.org/csto-kg/id/>
PREFIX kg: <https://w3id.org/csto-kg/ontology#>
PREFIX cameo: <https://w3id.org/csto-kg/code/cameo/>
PREFIX acled: <https://w3id.org/csto-kg/code/acled/>
DELETE { :disorders kg:acledSubEventType acled:violent-demonstration } INSERT { :disorders kg:acledSubEventType acled:riots } WHERE {}
