# Breaks the clean fixture: an actor code that is not made of three-letter codes.
# shacl: kgsh:CameoActorCodeShape 1
PREFIX : <https://w3id.org/csto-kg/id/>
PREFIX kg: <https://w3id.org/csto-kg/ontology#>
PREFIX cameo: <https://w3id.org/csto-kg/code/cameo/>
PREFIX acled: <https://w3id.org/csto-kg/code/acled/>
DELETE { :russia kg:cameoActorCode "RUS" } INSERT { :russia kg:cameoActorCode "RU" } WHERE {}
