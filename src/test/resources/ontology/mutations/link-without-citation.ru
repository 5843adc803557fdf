# Breaks the clean fixture: An external link that cites no line of the table that verified it.
# shacl: kgsh:ExternalLinkShape 1
PREFIX : <https://w3id.org/csto-kg/id/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX geo: <http://www.opengis.net/ont/geosparql#>
PREFIX kg: <https://w3id.org/csto-kg/ontology#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
DELETE WHERE { :almaty\/link\/wikidata kg:citation ?c }
