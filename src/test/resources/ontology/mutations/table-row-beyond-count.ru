# Breaks the clean fixture: A line number beyond the table's line count: a cite to a line that does not exist.
# shacl: kgsh:TableRowShape 1
PREFIX : <https://w3id.org/csto-kg/id/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX geo: <http://www.opengis.net/ont/geosparql#>
PREFIX kg: <https://w3id.org/csto-kg/ontology#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
DELETE { :links\/line3 kg:lineNumber 3 } INSERT { :links\/line3 kg:lineNumber 4 } WHERE {}
