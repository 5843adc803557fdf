package org.w3id.cstokg.describe;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.writer.c14n.GraphOrdered;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.w3id.cstokg.vocab.Graphs;
import org.w3id.cstokg.vocab.Ids;
import org.w3id.cstokg.vocab.KG;
import org.w3id.cstokg.vocab.KgDataset;
import org.w3id.cstokg.vocab.KgPrefixes;
import org.w3id.cstokg.vocab.LinkTarget;
import org.w3id.cstokg.vocab.SPDX;

/**
 * The VoID and DCAT 3 description of the dataset, for graph {@code Graphs.VOID} and
 * {@code /.well-known/void}. Every count, and the title and description ({@link DatasetTitle}, from the
 * articles' headers), is computed from the dataset when {@link #describe} runs.
 * <p>Usage: {@code VoidDescription.create().sparqlEndpoint("https://kg.example.org/csto/sparql")
 * .downloadBase("https://kg.example.org/dumps/").dump(Path.of("target/kg/csto-kg.trig"), "application/trig")
 * .build().describe(dataset)}
 */
public final class VoidDescription {
    static final String PUBLISHER = "csto-kg contributors";

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger("load");
    /** Rounds of {@link #describeStore} before giving up; the counts settle in a few. */
    private static final int MAX_ROUNDS = 8;

    private final String sparqlEndpoint;
    private final String downloadBase;
    private final List<DumpFile> dumps;
    private final Instant created;

    private VoidDescription(Builder builder) {
        this.sparqlEndpoint = builder.sparqlEndpoint;
        this.downloadBase = builder.downloadBase;
        this.dumps = List.copyOf(builder.dumps);
        this.created = builder.created;
    }

    public static Builder create() {
        return new Builder();
    }

    /**
     * Describes a dataset as an endpoint would serve it, this description included, counted with
     * SPARQL: as {@link #describeStore}, the description is put into the dataset as graph
     * {@link Graphs#VOID} (replacing any there) and the dataset recounted until the counts settle.
     *
     * @return the description, which the dataset now holds as graph {@link Graphs#VOID}
     */
    public Model describe(Dataset dataset) {
        DatasetTitle title = Txn.calculateRead(dataset, () -> DatasetTitle.of(dataset.asDatasetGraph()));
        return settle(dataset.asDatasetGraph(), description -> DatasetStatistics.of(dataset), true, title);
    }

    /**
     * Describes a TDB2 store as its endpoint serves it, this description included: the description
     * is put into the store as graph {@link Graphs#VOID} and the store recounted until the counts
     * stop changing (three or four rounds: the description's own triples, classes and properties
     * count too), so that every count equals a COUNT at the endpoint. The store without the
     * description is counted once, by index scans that hold no triples; each round adds the
     * description's triples to those counts by lookups ({@link DatasetStatistics#plus}). The caller
     * holds a write transaction.
     *
     * @return the description, which the store now holds as graph {@link Graphs#VOID}
     */
    public Model describeStore(DatasetGraph store) {
        return describeStore(store, null);
    }

    /**
     * {@link #describeStore(DatasetGraph)} for a store whose subjects that are not entities are
     * {@code others} (if not null; seen as the quads were sent to it): its entities are counted
     * without reading every subject from the node table. The description is the same.
     */
    public Model describeStore(DatasetGraph store, NonEntitySubjects others) {
        DatasetStatistics[] base = new DatasetStatistics[1];
        return settle(store, description -> description == null
                ? (base[0] = DatasetStatistics.ofStore(store, null, others))
                : base[0].plus(description.getGraph(), store), false, DatasetTitle.of(store));
    }

    /**
     * The description {@link #describeStore} would write, counted from {@code store} as if it had
     * no graph {@link Graphs#VOID}, without writing anything: for a caller that holds only a read
     * transaction and puts the description into the store later.
     */
    public Model describeUnwritten(DatasetGraph store) {
        Node voidGraph = NodeFactory.createURI(Graphs.VOID);
        DatasetStatistics[] base = new DatasetStatistics[1];
        return settle(null, description -> description == null
                ? (base[0] = DatasetStatistics.ofStore(store, voidGraph))
                : base[0].plus(description.getGraph(), store), false, DatasetTitle.of(store));
    }

    /**
     * Moves the description in graph {@link Graphs#VOID} of {@code dataset} to another base URL:
     * every IRI starting with the base its {@code void:sparqlEndpoint} was built with (that IRI
     * less {@code endpointPath}) is rewritten to start with {@code baseUrl}. Nothing is written
     * when the base is already right or there is no description.
     *
     * @return whether the description was rewritten
     */
    public static boolean rebase(Dataset dataset, String endpointPath, String baseUrl) {
        String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        return org.apache.jena.system.Txn.calculateWrite(dataset, () -> {
            Model description = dataset.getNamedModel(Graphs.VOID);
            var endpoints = description.listObjectsOfProperty(VOID.sparqlEndpoint).toList();
            if (endpoints.size() != 1 || !endpoints.get(0).isURIResource()) return false;
            String endpoint = endpoints.get(0).asResource().getURI();
            if (!endpoint.endsWith(endpointPath)) return false;
            String old = endpoint.substring(0, endpoint.length() - endpointPath.length());
            if (old.equals(base)) return false;
            Model moved = ModelFactory.createDefaultModel();
            description.listStatements().forEachRemaining(st -> moved.add(
                    moved.wrapAsResource(moved(st.getSubject().asNode(), old, base)),
                    moved.createProperty(st.getPredicate().getURI()),
                    moved.asRDFNode(moved(st.getObject().asNode(), old, base))));
            dataset.removeNamedModel(Graphs.VOID);
            dataset.addNamedModel(Graphs.VOID, moved);
            return true;
        });
    }

    private static Node moved(Node node, String old, String base) {
        return node.isURI() && node.getURI().startsWith(old)
                ? NodeFactory.createURI(base + node.getURI().substring(old.length())) : node;
    }

    private Model settle(DatasetGraph target, java.util.function.Function<Model, DatasetStatistics> count, boolean ownTransaction,
                        DatasetTitle title) {
        Node graph = NodeFactory.createURI(Graphs.VOID);
        java.util.function.Consumer<Model> put = target == null ? model -> {} : model -> {
            Runnable replace = () -> {
                target.removeGraph(graph);
                if (model != null) target.addGraph(graph, model.getGraph());
            };
            if (ownTransaction) org.apache.jena.system.Txn.executeWrite(target, replace);
            else replace.run();
        };
        put.accept(null);
        Model description = describe(count.apply(null), title);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            put.accept(description);
            Model recounted = describe(count.apply(description), title);
            if (recounted.isIsomorphicWith(description)) {
                LOG.info("VoID counts settled after {} rounds", round + 2);
                return description;
            }
            description = recounted;
        }
        throw new IllegalStateException("The VoID counts did not settle in " + MAX_ROUNDS + " rounds");
    }

    private Model describe(DatasetStatistics statistics, DatasetTitle about) {
        // In the order added, so the files hold it in an order its values (the time) do not change.
        Model model = ModelFactory.createModelForGraph(new GraphOrdered()).setNsPrefixes(KgPrefixes.mapping());
        Resource ds = model.createResource(KgDataset.DATASET)
                .addProperty(RDF.type, VOID.Dataset).addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, about.title(), "en")
                .addProperty(DCTerms.description, about.description(), "en")
                .addProperty(DCTerms.license, model.createResource(KgDataset.LICENSE_CC_BY_4))
                .addProperty(DCTerms.publisher, model.createResource(KgDataset.PUBLISHER)
                        .addProperty(RDF.type, FOAF.Agent).addProperty(FOAF.name, PUBLISHER))
                .addLiteral(DCTerms.created, model.createTypedLiteral(calendar(created)))
                .addProperty(VOID.uriSpace, Ids.NS)
                .addProperty(VOID.vocabulary, model.createResource(KG.ONTOLOGY));
        addCounts(ds, statistics);
        if (sparqlEndpoint != null)
            addService(ds);
        for (DumpFile dump : dumps)
            addDistribution(ds, dump);
        for (LinkTarget target : LinkTarget.values())
            addLinkset(ds, target, statistics);
        statistics.graphs().forEach((name, counts) -> addGraphSubset(ds, name, counts));
        return model;
    }

    /** A named graph as a void:subset with its own counts; the graph's IRI names the subset. */
    private static void addGraphSubset(Resource ds, String graphName, DatasetStatistics.GraphStatistics counts) {
        Model model = ds.getModel();
        ds.addProperty(VOID.subset, model.createResource(graphName)
                .addProperty(RDF.type, VOID.Dataset)
                .addLiteral(VOID.triples, integer(model, counts.triples()))
                .addLiteral(VOID.distinctSubjects, integer(model, counts.subjects()))
                .addLiteral(VOID.properties, integer(model, counts.properties())));
    }

    private static void addCounts(Resource ds, DatasetStatistics statistics) {
        Model model = ds.getModel();
        ds.addLiteral(VOID.triples, integer(model, statistics.triples()))
                .addLiteral(VOID.entities, integer(model, statistics.entities()))
                .addLiteral(VOID.classes, integer(model, statistics.classes().size()))
                .addLiteral(VOID.properties, integer(model, statistics.properties().size()));
        statistics.classes().forEach((iri, n) -> ds.addProperty(VOID.classPartition, blank(model, ds, "class", iri)
                .addProperty(VOID._class, model.createResource(iri)).addLiteral(VOID.entities, integer(model, n))));
        statistics.properties().forEach((iri, n) -> ds.addProperty(VOID.propertyPartition, blank(model, ds, "property", iri)
                .addProperty(VOID.property, model.createResource(iri)).addLiteral(VOID.triples, integer(model, n))));
    }

    /**
     * A blank node whose label follows from what it describes ({@code owner}, {@code role} and
     * {@code key}), not from a random number: the same description has the same labels in every
     * build, so the dumps holding it are the same bytes.
     */
    private static Resource blank(Model model, Resource owner, String role, String key) {
        String label = java.util.UUID.nameUUIDFromBytes((owner + "\u0000" + role + "\u0000" + key)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
        return model.createResource(org.apache.jena.rdf.model.AnonId.create(label));
    }

    private void addService(Resource ds) {
        Resource endpoint = ds.getModel().createResource(sparqlEndpoint);
        ds.addProperty(VOID.sparqlEndpoint, endpoint);
        ds.getModel().createResource(KgDataset.SPARQL_SERVICE)
                .addProperty(RDF.type, DCAT.DataService)
                .addProperty(DCTerms.title, "csto-kg SPARQL endpoint", "en")
                .addProperty(DCAT.endpointURL, endpoint)
                .addProperty(DCTerms.conformsTo, ds.getModel().createResource(KgDataset.SPARQL_PROTOCOL))
                .addProperty(DCAT.servesDataset, ds);
    }

    private void addDistribution(Resource ds, DumpFile dump) {
        Model model = ds.getModel();
        Resource download = model.createResource(downloadBase + dump.fileName());
        ds.addProperty(VOID.dataDump, download);
        Resource distribution = model.createResource(KgDataset.distribution(dump.fileName()))
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCTerms.title, dump.fileName())
                .addProperty(DCAT.downloadURL, download)
                .addProperty(DCAT.mediaType, model.createResource(KgDataset.mediaType(dump.mediaType())));
        ds.addProperty(DCAT.distribution, distribution);
        if (dump.holdsTheDescription()) return;
        distribution.addLiteral(DCAT.byteSize, model.createTypedLiteral(Long.toString(dump.size()), XSDDatatype.XSDnonNegativeInteger))
                .addProperty(SPDX.checksum, blank(model, distribution, "checksum", dump.fileName())
                        .addProperty(RDF.type, SPDX.Checksum)
                        .addProperty(SPDX.algorithm, SPDX.checksumAlgorithm_sha256)
                        .addLiteral(SPDX.checksumValue,
                                model.createTypedLiteral(dump.sha256(), XSDDatatype.XSDhexBinary)));
    }

    private static void addLinkset(Resource ds, LinkTarget target, DatasetStatistics statistics) {
        Model model = ds.getModel();
        Resource targetDataset = model.createResource(KgDataset.target(target))
                .addProperty(RDF.type, VOID.Dataset)
                .addProperty(DCTerms.title, target.title())
                .addProperty(FOAF.homepage, model.createResource(target.homepage()))
                .addProperty(VOID.uriSpace, target.uriSpace());
        Resource linkset = model.createResource(KgDataset.linkset(target))
                .addProperty(RDF.type, VOID.Linkset)
                .addProperty(DCTerms.title, "Links from csto-kg to " + target.title(), "en")
                .addProperty(VOID.subjectsTarget, ds)
                .addProperty(VOID.objectsTarget, targetDataset)
                .addLiteral(VOID.triples, integer(model, statistics.linkCount(target)));
        for (Map.Entry<String, Long> predicate : statistics.links().get(target).entrySet())
            linkset.addProperty(VOID.linkPredicate, model.createResource(predicate.getKey()));
        ds.addProperty(VOID.subset, linkset);
    }

    /** Counts as xsd:integer, the datatype the VoID guide writes them in. */
    private static Literal integer(Model model, long n) {
        return model.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static Calendar calendar(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }

    /** Options of a {@link VoidDescription}; every one is checked when set. */
    public static final class Builder {
        private String sparqlEndpoint;
        private String downloadBase;
        private final List<DumpFile> dumps = new ArrayList<>();
        private Instant created = buildTime(System.getenv("SOURCE_DATE_EPOCH"));

        private Builder() {}

        /**
         * When the description says it was made ({@code dcterms:created}): the time in
         * {@code sourceDateEpoch} (seconds since 1970, the reproducible-builds convention
         * {@code SOURCE_DATE_EPOCH}) when it is given, else now. With it, two builds of the same files
         * write the same bytes.
         */
        static Instant buildTime(String sourceDateEpoch) {
            if (sourceDateEpoch == null || sourceDateEpoch.isBlank()) return Instant.now();
            try {
                long seconds = Long.parseLong(sourceDateEpoch.strip());
                if (seconds < 0) throw new NumberFormatException();
                return Instant.ofEpochSecond(seconds);
            } catch (NumberFormatException e) {
                throw new org.w3id.cstokg.KgException("SOURCE_DATE_EPOCH must be a whole number of seconds since 1970"
                        + " (the build's time in the VoID description), not '" + sourceDateEpoch + "'");
            }
        }

        /** The public URL of the SPARQL query endpoint (a dcat:DataService); none means no service is described. */
        public Builder sparqlEndpoint(String url) {
            this.sparqlEndpoint = checkUrl(url);
            return this;
        }

        /** The URL the dump files are downloadable under; each file's name is appended to it. */
        public Builder downloadBase(String url) {
            this.downloadBase = checkUrl(url.endsWith("/") ? url : url + "/");
            return this;
        }

        public Builder dump(DumpFile dump) {
            dumps.add(dump);
            return this;
        }

        public Builder dumps(List<DumpFile> files) {
            files.forEach(this::dump);
            return this;
        }

        /** When the dataset was built; defaults to now. */
        public Builder created(Instant instant) {
            this.created = Objects.requireNonNull(instant);
            return this;
        }

        public VoidDescription build() {
            if (!dumps.isEmpty() && downloadBase == null)
                throw new IllegalStateException("Dump files need a download base URL");
            return new VoidDescription(this);
        }

        private static String checkUrl(String url) {
            URI uri = URI.create(url);
            if (!uri.isAbsolute() || !(uri.getScheme().equals("http") || uri.getScheme().equals("https")))
                throw new IllegalArgumentException("Not an http(s) URL: " + url);
            return url;
        }
    }
}
