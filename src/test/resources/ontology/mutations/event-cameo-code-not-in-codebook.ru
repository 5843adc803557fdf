# Breaks the clean fixture: an event's CAMEO code that ontology/cameo.ttl does not hold.
# shacl: kgsh:CameoEventCodeShape 1
# qc: dangling-reference 1
PREFIX : <https://w3id.org/csto-kg/id/>
PREFIX kg: <https://w3id.org/csto-kg/ontology#>
PREFIX cameo: <https://w3id.org/csto-kg/code/cameo/>
PREFIX acled: <https://w3id.org/csto-kg/code/acled/>
DELETE { :disorders kg:cameoEventCode cameo:145 } INSERT { :disorders kg:cameoEventCode cameo:9999 } WHERE {}
