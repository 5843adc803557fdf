# Breaks the clean fixture: an event with two CAMEO codes.
# shacl: kgsh:CameoEventCodeShape 1
PREFIX : <https://w3id.org/csto-kg/id/>
PREFIX kg: <https://w3id.org/csto-kg/ontology#>
PREFIX cameo: <https://w3id.org/csto-kg/code/cameo/>
PREFIX acled: <https://w3id.org/csto-kg/code/acled/>
INSERT DATA { :disorders kg:cameoEventCode cameo:1712 }
