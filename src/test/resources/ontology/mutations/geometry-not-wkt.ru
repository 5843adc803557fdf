# Breaks the clean fixture: Coordinates as a plain string instead of a GeoSPARQL WKT literal.
# shacl: kgsh:GeometryShape 1
PREFIX : <https://w3id.org/csto-kg/id/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX geo: <http://www.opengis.net/ont/geosparql#>
PREFIX kg: <https://w3id.org/csto-kg/ontology#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
DELETE { :almaty\/geometry geo:asWKT ?w } INSERT { :almaty\/geometry geo:asWKT "POINT(76.9115 43.25249)" } WHERE { :almaty\/geometry geo:asWKT ?w }
