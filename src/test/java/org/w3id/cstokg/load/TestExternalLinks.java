package org.w3id.cstokg.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cstokg.vocab.GEO;
import org.w3id.cstokg.vocab.Graphs;
import org.w3id.cstokg.vocab.Ids;
import org.w3id.cstokg.vocab.KG;
import org.w3id.cstokg.vocab.LinkTarget;

/**
 * The links in the graph built from data/ are exactly those of the verified table
 * ../shared/links/external-ids.tsv: row by row, every non-blank Wikidata, DBpedia and GeoNames
 * cell is one link of the row's entity in the links graph, cited by the row's line, and there is
 * no other link anywhere. Almaty's point is the one the table's note gives.
 */
class TestExternalLinks {
    private static final Path TABLE = Path.of("..", "shared", "links", "external-ids.tsv");
    private static final List<Property> LINK_PROPERTIES = List.of(OWL.sameAs, SKOS.exactMatch, SKOS.closeMatch);
    private static final Pattern COORDINATES = Pattern.compile("GeoNames gives ([0-9.]+) N, ([0-9.]+) E");

    /**
     * Our reading of the table's entity cells, which name entities in words: the identifier of each.
     * A new row of the table fails the test until it is read here and in data/external-ids.yaml.
     */
    private static final Map<String, String> ENTITY_OF_ROW = Map.ofEntries(
            Map.entry("Collective Security Treaty Organization (CSTO)", "csto"),
            Map.entry("Collective Security Treaty (Treaty on Collective Security)", "collective-security-treaty"),
            Map.entry("Russia", "russia"),
            Map.entry("Kazakhstan", "kazakhstan"),
            Map.entry("Belarus", "belarus"),
            Map.entry("Armenia", "armenia"),
            Map.entry("Kyrgyzstan", "kyrgyzstan"),
            Map.entry("Tajikistan", "tajikistan"),
            Map.entry("Almaty (city)", "almaty"),
            Map.entry("Almaty Region (the article's \"Almaty province\")", "almaty-province"),
            Map.entry("Moscow", "moscow"),
            Map.entry("Vladimir Putin", "vladimir-putin"),
            Map.entry("Kassym-Jomart Tokayev", "kassym-jomart-tokayev"),
            Map.entry("Nikol Pashinyan (article: Pashinian)", "nikol-pashinian"),
            Map.entry("Alexander Lukashenko (article: Lukashenka)", "alyaksandr-lukashenka"),
            Map.entry("Sergei Shoigu", "sergei-shoigu"),
            Map.entry("President of Kazakhstan (office)", "president-of-kazakhstan"),
            Map.entry("TASS", "tass"),
            Map.entry("Interfax", "interfax"),
            Map.entry("Reuters", "reuters"),
            Map.entry("2022 Kazakh unrest", "kazakhstan-disorders"));

    /** One data row of the table: its line in the file (from 1) and its cells. */
    record Row(int line, String entity, String wikidata, String dbpedia, String geonames, String note) {}

    /** A link as a pair: our entity and the external item. */
    record Pair(String entity, String external) {}

    private static List<Row> rows;
    private static Dataset dataset;

    @BeforeAll
    static void readTableAndBuild() throws IOException {
        assertThat(TABLE).as("the verified table %s (relative to the project root, with shared/ beside it)",
                TABLE.toAbsolutePath().normalize()).isRegularFile();
        rows = read(TABLE);
        BuildResult result = GraphBuilder.create().dataDir(Path.of("data")).ontologyDir(Path.of("ontology")).build();
        assertThat(result.errors()).isEmpty();
        dataset = result.dataset();
    }

    @Test
    void everyRowIsReadAndNamesAKnownEntity() {
        assertThat(rows).hasSizeGreaterThanOrEqualTo(20);
        assertThat(rows).allSatisfy(r -> assertThat(ENTITY_OF_ROW).as("line %d", r.line()).containsKey(r.entity()));
    }

    @Test
    void everyNonBlankCellIsExactlyOneCitedLinkOfItsRowsEntity() {
        Model links = dataset.getNamedModel(Graphs.LINKS);
        for (Row row : rows) {
            String entity = ENTITY_OF_ROW.get(row.entity());
            for (Cell cell : cells(row)) {
                Resource subject = links.getResource(Ids.entity(entity));
                Resource external = links.getResource(cell.iri());
                String where = "line " + row.line() + ", " + cell.target().slug() + " of " + entity;
                assertThat(LINK_PROPERTIES.stream().filter(p -> links.contains(subject, p, external)))
                        .as("the link (%s)", where).hasSize(1);
                Resource record = links.getResource(Ids.part(entity, "link/" + cell.target().slug()));
                assertThat(objects(record, KG.linkTarget)).as("kg:linkTarget (%s)", where).containsExactly(external);
                assertThat(objects(record, KG.linkOf)).as("kg:linkOf (%s)", where).containsExactly(subject);
                assertThat(citedLines(record)).as("cited lines (%s)", where).containsExactly(row.line());
            }
        }
    }

    @Test
    void theGraphHoldsNoLinkTheTableDoesNotHave() {
        Set<Pair> expected = new HashSet<>();
        rows.forEach(r -> cells(r).forEach(c -> expected.add(new Pair(Ids.entity(ENTITY_OF_ROW.get(r.entity())), c.iri()))));
        int nonBlankCells = rows.stream().mapToInt(r -> cells(r).size()).sum();
        assertThat(expected).hasSize(nonBlankCells);

        List<Pair> inLinksGraph = externalLinks(dataset.getNamedModel(Graphs.LINKS));
        assertThat(inLinksGraph).containsExactlyInAnyOrderElementsOf(expected);
        for (Iterator<String> it = dataset.listNames(); it.hasNext(); ) {
            String name = it.next();
            if (!name.equals(Graphs.LINKS)) {
                assertThat(externalLinks(dataset.getNamedModel(name))).as("links in graph %s", name).isEmpty();
            }
        }
        assertThat(externalLinks(dataset.getDefaultModel())).as("links in the default graph").isEmpty();
        assertThat(dataset.getNamedModel(Graphs.LINKS).listSubjectsWithProperty(
                RDF.type, KG.ExternalLink).toList()).hasSize(nonBlankCells);
    }

    @Test
    void almatysPointIsTheOneTheTableGives() {
        Row almaty = rows.stream().filter(r -> ENTITY_OF_ROW.get(r.entity()).equals("almaty")).findFirst().orElseThrow();
        Matcher m = COORDINATES.matcher(almaty.note());
        assertThat(m.find()).as("coordinates in the note of line %d: %s", almaty.line(), almaty.note()).isTrue();
        String wkt = "POINT(" + m.group(2) + " " + m.group(1) + ")";

        Model links = dataset.getNamedModel(Graphs.LINKS);
        List<RDFNode> geometries = objects(links.getResource(Ids.entity("almaty")), GEO.hasGeometry);
        assertThat(geometries).containsExactly(links.getResource(Ids.part("almaty", "geometry")));
        Resource geometry = geometries.get(0).asResource();
        assertThat(objects(geometry, GEO.asWKT)).singleElement().satisfies(n -> {
            Literal l = n.asLiteral();
            assertThat(l.getLexicalForm()).isEqualTo(wkt);
            assertThat(l.getDatatypeURI()).isEqualTo(GEO.wktLiteral.getURI());
        });
        assertThat(citedLines(geometry)).containsExactly(almaty.line());
        assertThat(links.listSubjectsWithProperty(GEO.asWKT).toList()).as("only Almaty has a point").hasSize(1);
    }

    /** A non-blank identifier cell of a row, as the IRI it stands for. */
    record Cell(LinkTarget target, String iri) {}

    private static List<Cell> cells(Row row) {
        List<Cell> out = new ArrayList<>();
        if (!row.wikidata().isBlank()) out.add(new Cell(LinkTarget.WIKIDATA, LinkTarget.WIKIDATA.iri(row.wikidata())));
        if (!row.dbpedia().isBlank()) {
            assertThat(row.dbpedia()).as("DBpedia cell of line %d", row.line()).startsWith(LinkTarget.DBPEDIA.uriSpace());
            out.add(new Cell(LinkTarget.DBPEDIA, row.dbpedia()));
        }
        if (!row.geonames().isBlank()) out.add(new Cell(LinkTarget.GEONAMES, LinkTarget.GEONAMES.iri(row.geonames())));
        return out;
    }

    /** Every link triple (owl:sameAs, skos:exactMatch, skos:closeMatch) whose object is outside csto-kg. */
    private static List<Pair> externalLinks(Model model) {
        List<Pair> out = new ArrayList<>();
        for (Property p : LINK_PROPERTIES) {
            for (Statement st : model.listStatements(null, p, (RDFNode) null).toList()) {
                // Only the graph's entities link out; the ontology's cross-walk from classes to codebook concepts is no link.
                if (st.getSubject().getURI().startsWith(Ids.NS)
                        && st.getObject().isURIResource() && !st.getObject().asResource().getURI().startsWith(Ids.NS)) {
                    out.add(new Pair(st.getSubject().getURI(), st.getObject().asResource().getURI()));
                }
            }
        }
        return out;
    }

    private static List<Integer> citedLines(Resource fact) {
        List<Integer> lines = new ArrayList<>();
        for (RDFNode citation : objects(fact, KG.citation)) {
            for (RDFNode part : objects(citation.asResource(), KG.inPart)) {
                Resource row = dataset.getUnionModel().getResource(part.asResource().getURI());
                assertThat(row.hasProperty(RDF.type, KG.TableRow)).as("%s is a kg:TableRow", row).isTrue();
                lines.add(row.getRequiredProperty(KG.lineNumber).getInt());
            }
        }
        return lines;
    }

    private static List<RDFNode> objects(Resource s, Property p) {
        return s.listProperties(p).mapWith(Statement::getObject).toList();
    }

    /** The data rows of the table: lines that are neither comments (#) nor the header. */
    private static List<Row> read(Path table) throws IOException {
        List<String> lines = Files.readAllLines(table, StandardCharsets.UTF_8);
        List<Row> out = new ArrayList<>();
        boolean header = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#") || line.isBlank()) continue;
            if (header) {
                assertThat(line.split("\t", -1)).as("header").startsWith("entity", "wikidata", "dbpedia", "geonames", "note");
                header = false;
                continue;
            }
            String[] c = line.split("\t", -1);
            assertThat(c).as("cells of line %d", i + 1).hasSize(5);
            out.add(new Row(i + 1, c[0].strip(), c[1].strip(), c[2].strip(), c[3].strip(), c[4].strip()));
        }
        return out;
    }
}
