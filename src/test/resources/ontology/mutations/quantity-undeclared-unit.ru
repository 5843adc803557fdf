# Breaks the clean fixture: a count in a unit that no count key declares (kg:factUnit).
# shacl: kgsh:QuantityShape 1
PREFIX : <https://w3id.org/csto-kg/id/>
PREFIX kg: <https://w3id.org/csto-kg/ontology#>
PREFIX schema: <https://schema.org/>
DELETE { ?q schema:unitText "troops" } INSERT { ?q schema:unitText "soldiers" } WHERE { :belarusian-contingent kg:troopCount ?q }
