# Breaks the clean fixture: an event coded with a root code (14), which is no EventCode.
# shacl: kgsh:CameoEventCodeShape 1
PREFIX : <https://w3id.org/csto-kg/id/>
PREFIX kg: <https://w3id.org/csto-kg/ontology#>
PREFIX cameo: <https://w3id.org/csto-kg/code/cameo/>
PREFIX acled: <https://w3id.org/csto-kg/code/acled/>
DELETE { :disorders kg:cameoEventCode cameo:145 } INSERT { :disorders kg:cameoEventCode cameo:14 } WHERE {}
