# Counts JFR execution samples (jfr print --events jdk.ExecutionSample) by build stage: the first
# project frame from the top of each stack that names a stage decides.
/jdk.ExecutionSample/ { if (n) count[stage]++; n=1; stage="other"; next }
{ line=$0
  if (stage=="other") {
   if (line ~ /CompactJsonLd/) stage="export: JSON-LD";
   else if (line ~ /RDFXML|RDFXML_PLAIN|rdfxml/) stage="export: RDF/XML";
   else if (line ~ /PropertyGraphBuilder|GraphMLWriter|GexfWriter|Cytoscape/) stage="export: property graph";
   else if (line ~ /Checksums\.sha|MessageDigest/) stage="export: checksums";
   else if (line ~ /RdfDumps/) stage="export: other RDF dumps";
   else if (line ~ /ShaclCheck/) stage="validate: SHACL";
   else if (line ~ /QcCheck/) stage="validate: QC queries";
   else if (line ~ /Inference/) stage="store: RDFS inference";
   else if (line ~ /StoreBuilder/) stage="store: TDB2 + Lucene write";
   else if (line ~ /VoidDescription|DatasetStatistics/) stage="VoID statistics";
   else if (line ~ /GraphBuilder|FactReader|FactMapper/) stage="load: YAML to RDF";
  }
}
END { if (n) count[stage]++; for (s in count) { printf "%6d %s\n", count[s], s; t+=count[s] } printf "%6d total\n", t }
