# Breaks the clean fixture: More than 200 and at most 200 troops: min equals max with an exclusive bound.
# qc: quantity-min-greater-than-max 1
PREFIX : <https://w3id.org/csto-kg/id/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX kg: <https://w3id.org/csto-kg/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <https://schema.org/>
PREFIX time: <http://www.w3.org/2006/time#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
DELETE { ?q schema:minValue 100 } INSERT { ?q schema:minValue 200 ; kg:minExclusive true } WHERE { :belarusian-contingent kg:troopCount ?q }
