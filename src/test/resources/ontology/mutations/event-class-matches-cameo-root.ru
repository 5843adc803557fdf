# Breaks the clean fixture: a disorder without its own CAMEO code whose class is a close match only to a root code (14), which is no EventCode.
# shacl: kgsh:EventCameoCodeShape 1
PREFIX : <https://w3id.org/csto-kg/id/>
PREFIX kg: <https://w3id.org/csto-kg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX cameo: <https://w3id.org/csto-kg/code/cameo/>
DELETE { :disorders kg:cameoEventCode ?code }
INSERT { kg:Disorder skos:closeMatch cameo:14 }
WHERE { :disorders kg:cameoEventCode ?code }
