# Breaks the clean fixture: A table that does not say how many lines it has.
# shacl: kgsh:TableShape 1
PREFIX : <https://w3id.org/csto-kg/id/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX geo: <http://www.opengis.net/ont/geosparql#>
PREFIX kg: <https://w3id.org/csto-kg/ontology#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
DELETE WHERE { :links kg:lineCount ?n }
