# Breaks the clean fixture: A citation that points to the table instead of one of its lines.
# shacl: kgsh:CitationShape 1
# qc: citation-without-paragraph 1
PREFIX : <https://w3id.org/csto-kg/id/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX geo: <http://www.opengis.net/ont/geosparql#>
PREFIX kg: <https://w3id.org/csto-kg/ontology#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
DELETE { ?c kg:inPart ?p } INSERT { ?c kg:inPart :links } WHERE { BIND(<https://w3id.org/csto-kg/id/almaty/link/wikidata/citation/1> AS ?c) ?c kg:inPart ?p }
