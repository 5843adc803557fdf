# Counts JFR execution samples (jfr print --events jdk.ExecutionSample) by build stage: the first
# frame from the top of each stack (the innermost) that names a stage decides. The bulk loader's
# own threads carry no project frame; they count under "store: TDB2 bulk loader".
/jdk.ExecutionSample/ { if (n) count[stage]++; n=1; stage="other"; next }
{ line=$0
  if (stage=="other") {
   if (line ~ /CompactJsonLd/) stage="export: JSON-LD";
   else if (line ~ /RDFXML|RDFXML_PLAIN|rdfxml/) stage="export: RDF/XML";
   else if (line ~ /PropertyGraphBuilder|GraphMLWriter|GexfWriter|Cytoscape/) stage="export: property graph";
   else if (line ~ /StreamedDumps/) stage="export: streamed dumps (nq, trig, nt, ttl)";
   else if (line ~ /Checksums\.sha|MessageDigest/) stage="export: checksums";
   else if (line ~ /RdfDumps/) stage="export: other RDF dumps";
   else if (line ~ /ChunkContext/) stage="validate: chunk context";
   else if (line ~ /ShaclCheck/) stage="validate: SHACL";
   else if (line ~ /QcCheck/) stage="validate: QC queries";
   else if (line ~ /UnionView/) stage="validate: union view copy";
   else if (line ~ /Inference/) stage="store: RDFS inference";
   else if (line ~ /TextIndexingStream|lucene/) stage="store: text index";
   else if (line ~ /tdb2\.loader|dboe\.|tdb2\.store|StoreBuilder|StreamingBuild\.send/) stage="store: TDB2 bulk loader";
   else if (line ~ /VoidDescription|DatasetStatistics/) stage="VoID statistics";
   else if (line ~ /FactScan/) stage="load: pass 1 (read, check references)";
   else if (line ~ /GraphBuilder|FactReader|FactMapper|FactChunks/) stage="load: pass 2 (read, map)";
  }
}
END { if (n) count[stage]++; for (s in count) { printf "%6d %s\n", count[s], s; t+=count[s] } printf "%6d total\n", t }
