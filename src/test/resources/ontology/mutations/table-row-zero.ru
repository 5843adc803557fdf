# Breaks the clean fixture: Line 0: lines are numbered from 1.
# shacl: kgsh:TableRowShape 1
PREFIX : <https://w3id.org/csto-kg/id/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX geo: <http://www.opengis.net/ont/geosparql#>
PREFIX kg: <https://w3id.org/csto-kg/ontology#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
DELETE { :links\/line1 kg:lineNumber 1 } INSERT { :links\/line1 kg:lineNumber 0 } WHERE {}
