# Breaks the clean fixture: a disorder without its own CAMEO code; its class maps only broadly (to root 14), so it has none.
# shacl: kgsh:EventCameoCodeShape 1
PREFIX : <https://w3id.org/csto-kg/id/>
PREFIX kg: <https://w3id.org/csto-kg/ontology#>
PREFIX cameo: <https://w3id.org/csto-kg/code/cameo/>
PREFIX acled: <https://w3id.org/csto-kg/code/acled/>
DELETE WHERE { :disorders kg:cameoEventCode ?code }
