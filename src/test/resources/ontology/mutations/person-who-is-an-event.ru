# Breaks the clean fixture: A person typed as an event too: kg:Event and kg:Actor are disjoint, and the 'event' has no time, no CAMEO or ACLED code, is part of nothing and names no participant, with no reason for either.
# owl: inconsistent
# shacl: kgsh:EventTimeShape 1
# shacl: kgsh:EventCameoCodeShape 1
# shacl: kgsh:EventAcledTypeShape 1
# shacl: kgsh:EventPartOfShape 1
# shacl: kgsh:EventParticipantShape 1
# qc: event-without-time 1
PREFIX : <https://w3id.org/csto-kg/id/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX kg: <https://w3id.org/csto-kg/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <https://schema.org/>
PREFIX time: <http://www.w3.org/2006/time#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
INSERT DATA { :putin a kg:Event }
