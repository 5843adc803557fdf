# Breaks the clean fixture: a mission without its own ACLED sub-event type; its class has no ACLED match.
# shacl: kgsh:EventAcledTypeShape 1
PREFIX : <https://w3id.org/csto-kg/id/>
PREFIX kg: <https://w3id.org/csto-kg/ontology#>
PREFIX cameo: <https://w3id.org/csto-kg/code/cameo/>
PREFIX acled: <https://w3id.org/csto-kg/code/acled/>
DELETE WHERE { :mission kg:acledSubEventType ?type }
