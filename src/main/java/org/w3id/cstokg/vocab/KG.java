package org.w3id.cstokg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The csto-kg ontology, {@code https://w3id.org/csto-kg/ontology#}: one constant per term. */
public final class KG {
    public static final String NS = "https://w3id.org/csto-kg/ontology#";
    /** The ontology (umbrella) IRI. */
    public static final String ONTOLOGY = "https://w3id.org/csto-kg/ontology";

    private KG() {}

    private static Resource c(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property p(String local) { return ResourceFactory.createProperty(NS + local); }

    // Actors, organizations, places
    public static final Resource Actor = c("Actor");
    public static final Resource Person = c("Person");
    public static final Resource State = c("State");
    public static final Resource Organization = c("Organization");
    public static final Resource OrganizationalUnit = c("OrganizationalUnit");
    public static final Resource Outlet = c("Outlet");
    public static final Resource Place = c("Place");
    public static final Resource City = c("City");
    public static final Resource Region = c("Region");
    public static final Resource Airfield = c("Airfield");
    public static final Resource Airport = c("Airport");
    public static final Resource Post = c("Post");
    public static final Resource PostHolding = c("PostHolding");
    public static final Resource Treaty = c("Treaty");
    public static final Resource TreatyArticle = c("TreatyArticle");

    // Military units
    public static final Resource MilitaryUnit = c("MilitaryUnit");
    public static final Resource NationalContingent = c("NationalContingent");

    // Documents and provenance
    public static final Resource Article = c("Article");
    public static final Resource DocumentPart = c("DocumentPart");
    public static final Resource Paragraph = c("Paragraph");
    public static final Resource Caption = c("Caption");
    public static final Resource Photograph = c("Photograph");
    public static final Resource Citation = c("Citation");
    public static final Resource Table = c("Table");
    public static final Resource TableRow = c("TableRow");
    public static final Resource ExternalLink = c("ExternalLink");

    // Statements
    public static final Resource Statement = c("Statement");
    public static final Resource Quotation = c("Quotation");
    public static final Resource Claim = c("Claim");
    public static final Resource Assessment = c("Assessment");
    public static final Resource Position = c("Position");
    public static final Resource RuleOfEngagement = c("RuleOfEngagement");

    // Events
    public static final Resource Event = c("Event");
    public static final Resource Mission = c("Mission");
    public static final Resource Disorder = c("Disorder");
    public static final Resource Announcement = c("Announcement");
    public static final Resource Decree = c("Decree");
    public static final Resource Order = c("Order");
    public static final Resource Appeal = c("Appeal");
    public static final Resource PhoneCall = c("PhoneCall");
    public static final Resource Decision = c("Decision");
    public static final Resource Publication = c("Publication");
    public static final Resource Boarding = c("Boarding");
    public static final Resource Airlift = c("Airlift");
    public static final Resource Landing = c("Landing");
    public static final Resource Deployment = c("Deployment");
    public static final Resource Relief = c("Relief");
    public static final Resource Redeployment = c("Redeployment");
    public static final Resource Report = c("Report");
    public static final Resource Meeting = c("Meeting");
    public static final Resource VideoConference = c("VideoConference");
    public static final Resource Proposal = c("Proposal");
    public static final Resource Handover = c("Handover");
    public static final Resource Ceremony = c("Ceremony");
    public static final Resource Departure = c("Departure");
    public static final Resource Withdrawal = c("Withdrawal");
    public static final Resource Damage = c("Damage");

    // Code lists (SKOS concept schemes)
    public static final Resource UnitTypes = c("UnitTypes");
    public static final Resource SiteTypes = c("SiteTypes");
    public static final Resource VehicleTypes = c("VehicleTypes");

    // The codebooks of the event datasets (ontology/cameo.ttl, ontology/acled.ttl)
    public static final Resource CameoEventCodes = c("CameoEventCodes");
    public static final Resource CameoActorCodes = c("CameoActorCodes");
    public static final Resource AcledEventTypes = c("AcledEventTypes");
    public static final Resource AcledActorTypes = c("AcledActorTypes");
    public static final Property cameoEventCode = p("cameoEventCode");
    public static final Property cameoActorCode = p("cameoActorCode");
    public static final Property cameoNotCovered = p("cameoNotCovered");
    public static final Property acledSubEventType = p("acledSubEventType");
    public static final Property acledActorType = p("acledActorType");
    public static final Property acledNotCovered = p("acledNotCovered");

    // Provenance
    public static final Property citation = p("citation");
    public static final Property inPart = p("inPart");
    public static final Property citesOutlet = p("citesOutlet");
    public static final Property citedDate = p("citedDate");
    public static final Property accessedDate = p("accessedDate");
    public static final Property accordingTo = p("accordingTo");
    public static final Property paragraphNumber = p("paragraphNumber");
    public static final Property paragraphCount = p("paragraphCount");
    public static final Property publishedIn = p("publishedIn");
    public static final Property volume = p("volume");
    public static final Property seriesPart = p("seriesPart");
    public static final Property issue = p("issue");
    public static final Property depicts = p("depicts");
    public static final Property credit = p("credit");
    public static final Property lineNumber = p("lineNumber");
    public static final Property lineCount = p("lineCount");
    public static final Property linkOf = p("linkOf");
    public static final Property linkTarget = p("linkTarget");

    // Actors and organizations
    public static final Property locatedIn = p("locatedIn");
    public static final Property ofState = p("ofState");
    public static final Property basedIn = p("basedIn");
    public static final Property subordinatedTo = p("subordinatedTo");
    public static final Property hostedBy = p("hostedBy");
    public static final Property liaisedWith = p("liaisedWith");
    public static final Property memberCount = p("memberCount");
    public static final Property holder = p("holder");
    public static final Property post = p("post");
    public static final Property rank = p("rank");
    public static final Property asOf = p("asOf");
    public static final Property articleNumber = p("articleNumber");

    // Missions and units
    public static final Property contributedBy = p("contributedBy");
    public static final Property partOfMission = p("partOfMission");
    public static final Property troopCount = p("troopCount");
    public static final Property unitType = p("unitType");
    public static final Property demonym = p("demonym");
    public static final Property referredToAs = p("referredToAs");
    public static final Property membersReferredToAs = p("membersReferredToAs");
    public static final Property describedAs = p("describedAs");
    public static final Property hostCountry = p("hostCountry");
    public static final Property organizedBy = p("organizedBy");
    public static final Property commander = p("commander");
    public static final Property legalBasis = p("legalBasis");
    public static final Property authorizedBy = p("authorizedBy");
    public static final Property protectsSiteType = p("protectsSiteType");
    public static final Property equipmentType = p("equipmentType");
    public static final Property vehicleCount = p("vehicleCount");
    public static final Property vehiclesBroughtBy = p("vehiclesBroughtBy");
    public static final Property operationalStaff = p("operationalStaff");
    public static final Property missionLabel = p("missionLabel");
    public static final Property firstRealWorldMissionOf = p("firstRealWorldMissionOf");

    // Events and time
    public static final Property date = p("date");
    public static final Property notLaterThan = p("notLaterThan");
    public static final Property utc = p("utc");
    public static final Property partOfDay = p("partOfDay");
    public static final Property after = p("after");
    public static final Property delay = p("delay");
    public static final Property maxDelay = p("maxDelay");
    public static final Property dateUnstated = p("dateUnstated");
    public static final Property dateImpliedBy = p("dateImpliedBy");
    public static final Property partOfUnstated = p("partOfUnstated");
    public static final Property participantsUnstated = p("participantsUnstated");
    public static final Property place = p("place");
    public static final Property agent = p("agent");
    public static final Property participant = p("participant");
    public static final Property recipient = p("recipient");
    public static final Property partOf = p("partOf");
    public static final Property because = p("because");
    public static final Property decidedBy = p("decidedBy");
    public static final Property signedBy = p("signedBy");
    public static final Property statement = p("statement");
    public static final Property usesAirfield = p("usesAirfield");
    public static final Property transported = p("transported");
    public static final Property aircraftCount = p("aircraftCount");
    public static final Property personnelCount = p("personnelCount");
    public static final Property proposedStart = p("proposedStart");
    public static final Property proposedMaxDuration = p("proposedMaxDuration");

    // Statements
    public static final Property quote = p("quote");
    public static final Property content = p("content");
    public static final Property about = p("about");

    // Quantities (on schema:QuantitativeValue)
    public static final Property approximate = p("approximate");
    public static final Property estimated = p("estimated");
    public static final Property minExclusive = p("minExclusive");
    public static final Property maxExclusive = p("maxExclusive");
    public static final Property includesType = p("includesType");

    // The fact-file format (ontology/fact-format.ttl): which YAML kind and keys stand for which terms
    public static final Property factSection = p("factSection");
    public static final Property factKind = p("factKind");
    public static final Property factKey = p("factKey");
    public static final Property factValue = p("factValue");
    public static final Property factKeyOf = p("factKeyOf");
    public static final Property factKeyOfSection = p("factKeyOfSection");
    public static final Property factRefersTo = p("factRefersTo");
    public static final Property factUnit = p("factUnit");
    public static final Property factPattern = p("factPattern");
    public static final Property factExample = p("factExample");
    public static final Property factCodePrefix = p("factCodePrefix");
    public static final Property factIdTemplate = p("factIdTemplate");
    public static final Property factLabelTemplate = p("factLabelTemplate");
    public static final Property factRequiredOf = p("factRequiredOf");
    public static final Property factRequiredOfSection = p("factRequiredOfSection");
    public static final Property factRequiredOr = p("factRequiredOr");
    public static final Property factShortcutOf = p("factShortcutOf");
    public static final Property factShortcutFrom = p("factShortcutFrom");
    public static final Property factShortcutTo = p("factShortcutTo");
    public static final Property factSectionKey = p("factSectionKey");
    public static final Property factKindKey = p("factKindKey");
    public static final Property factItem = p("factItem");
    public static final Property factTime = p("factTime");
    public static final Property factOrder = p("factOrder");
    public static final Resource FactSection = c("FactSection");
    public static final Resource EventTimeValue = c("EventTimeValue");
    public static final Resource StatementTimeValue = c("StatementTimeValue");
    // The sections of declared kinds (the loader finds them by their type, not by these names)
    public static final Resource EntitiesSection = c("EntitiesSection");
    public static final Resource ConceptsSection = c("ConceptsSection");
    public static final Resource MembershipsSection = c("MembershipsSection");
    public static final Resource HoldingsSection = c("HoldingsSection");
    public static final Resource ContingentsSection = c("ContingentsSection");
    public static final Resource EventsSection = c("EventsSection");
    public static final Resource StatementsSection = c("StatementsSection");
    public static final Resource FactValueShape = c("FactValueShape");
    public static final Resource ReferenceValue = c("ReferenceValue");
    public static final Resource TextValue = c("TextValue");
    public static final Resource TextListValue = c("TextListValue");
    public static final Resource QuantityValue = c("QuantityValue");
    public static final Resource DateValue = c("DateValue");
    public static final Resource DurationValue = c("DurationValue");
    public static final Resource IntegerValue = c("IntegerValue");
    public static final Resource PhotographValue = c("PhotographValue");
    public static final Resource CodeValue = c("CodeValue");
    public static final Resource AttributionValue = c("AttributionValue");
    public static final Resource IriValue = c("IriValue");
}
