# Breaks the clean fixture: A time of day without its offset: not an xsd:dateTimeStamp, and no offset.
# shacl: kgsh:TemporalEntityShape 2
PREFIX : <https://w3id.org/csto-kg/id/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX kg: <https://w3id.org/csto-kg/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <https://schema.org/>
PREFIX time: <http://www.w3.org/2006/time#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
DELETE { ?t time:inXSDDateTimeStamp ?s } INSERT { ?t time:inXSDDateTimeStamp "2022-01-06T01:20:00"^^xsd:dateTime } WHERE { ?t time:inXSDDateTimeStamp ?s }
