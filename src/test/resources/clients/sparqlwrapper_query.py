"""Runs one SPARQL query file at an endpoint with SPARQLWrapper; prints the SPARQL JSON results."""
import json
import sys

from SPARQLWrapper import JSON, SPARQLWrapper

endpoint, query_file = sys.argv[1], sys.argv[2]
client = SPARQLWrapper(endpoint)
with open(query_file, encoding="utf-8") as f:
    client.setQuery(f.read())
client.setReturnFormat(JSON)
print(json.dumps(client.query().convert()))
