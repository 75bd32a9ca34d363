package org.corridor.activities;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.corridor.activities.Activity;
import org.corridor.activities.ActivityDraft.Partner;
import org.corridor.activities.ActivityStatus;
import org.corridor.activities.Funding;
import org.corridor.activities.PartnerRole;
import org.corridor.directory.Dimension;
import org.corridor.directory.LocationKind;
import org.corridor.directory.LocationSummary;
import org.corridor.directory.OperationSummary;
import org.corridor.directory.OrganisationKind;
import org.corridor.directory.OrganisationSummary;
import org.corridor.directory.ResponseArea;

/**
 * Activities as an IATI activity file, version 2.03, written element by element in the order the
 * schema demands (iati-activities-schema.xsd, {@code iati-activity}'s sequence).
 *
 * <p>The iati-identifier is the reporting organisation's identifier, the operation's code and the
 * record's id ({@code XI-IATI-OSCE-skopje-<uuid>}): the id never changes and the operation of an
 * activity never changes, so the identifier is stable across exports; the project code, which may be
 * missing or shared, goes into {@code other-identifier} (type A1, the reporter's own reference).
 * Response areas are sectors of the reporting organisation's own vocabulary (99), dimensions its tags.
 */
final class IatiActivityFile {

    /** Characters XML 1.0 cannot carry (control characters but tab and line breaks, and the non-characters). */
    private static final java.util.regex.Pattern NOT_XML =
            java.util.regex.Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");


    static final String VERSION = "2.03";
    /** IATI OrganisationType "Multilateral": the OSCE and its field operations. */
    static final String MULTILATERAL = "40";
    /** EPSG:4326, the coordinate system IATI requires for {@code point}. */
    static final String WGS84 = "http://www.opengis.net/def/crs/EPSG/0/4326";

    /** The directory and wording the file needs besides the activities themselves. */
    record Reference(String reportingOrgRef, String reportingOrgName, Map<UUID, OperationSummary> operations,
            Map<UUID, OrganisationSummary> organisations, Map<UUID, LocationSummary> locations,
            Map<String, String> countryNames, Function<ResponseArea, String> areaNames,
            Function<Dimension, String> dimensionNames) {
    }

    /** An activity-date: IATI ActivityDateType 1 planned start, 2 actual start, 3 planned end, 4 actual end. */
    record ActivityDate(String type, LocalDate day) {
    }

    private final Reference reference;

    IatiActivityFile(Reference reference) {
        this.reference = reference;
    }

    /** IATI ActivityStatus: 1 pipeline, 2 implementation, 3 finalisation, 5 cancelled. */
    static String statusCode(ActivityStatus status) {
        return switch (status) {
            case PLANNED -> "1";
            case ONGOING -> "2";
            case COMPLETED -> "3";
            case CANCELLED -> "5";
        };
    }

    /**
     * IATI OrganisationRole of a partner: 1 funding, 4 implementing. A supporting partner helps carry
     * the activity out, so it implements too. A beneficiary institution has no IATI role (the codelist
     * knows only funding, accountable, extending and implementing) and is left out.
     */
    static Optional<String> roleCode(PartnerRole role) {
        return switch (role) {
            case FUNDING -> Optional.of("1");
            case IMPLEMENTING, SUPPORTING -> Optional.of("4");
            case BENEFICIARY_INSTITUTION -> Optional.empty();
        };
    }

    /** IATI OrganisationType: 10 government, 21 international NGO, 22 national NGO, 40 multilateral. */
    static String organisationType(OrganisationKind kind) {
        return switch (kind) {
            case NATIONAL_AUTHORITY -> "10";
            case INGO -> "21";
            case NGO -> "22";
            case UN_AGENCY, INTERNATIONAL_ORGANISATION, OSCE_STRUCTURE, EU -> MULTILATERAL;
        };
    }

    /**
     * The dates as the status has them: what has not happened yet is planned, what has is actual. A
     * cancelled activity never ran as planned, so both its dates stay planned.
     */
    static List<ActivityDate> dates(Activity activity) {
        List<ActivityDate> dates = new ArrayList<>();
        boolean started = activity.status() == ActivityStatus.ONGOING || activity.status() == ActivityStatus.COMPLETED;
        dates.add(new ActivityDate(started ? "2" : "1", activity.startsOn()));
        if (activity.endsOn() != null) {
            dates.add(new ActivityDate(activity.status() == ActivityStatus.COMPLETED ? "4" : "3", activity.endsOn()));
        }
        return dates;
    }

    /** IATI GeographicLocationClass: 2 populated place for towns, 3 structure for crossings, centres and offices. */
    static String locationClass(LocationKind kind) {
        return kind == LocationKind.TOWN ? "2" : "3";
    }

    static String identifier(String reportingOrgRef, OperationSummary operation, Activity activity) {
        return reportingOrgRef + "-" + operation.code() + "-" + activity.id();
    }

    /**
     * Writes the whole file. The schema wants at least one activity; an empty selection still gets the
     * root element, which says plainly that there is nothing to report.
     */
    void write(OutputStream out, List<Activity> activities, OffsetDateTime generated) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("iati-activities");
        xml.writeAttribute("version", VERSION);
        xml.writeAttribute("generated-datetime", generated.withOffsetSameInstant(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        for (Activity activity : activities) {
            xml.writeCharacters("\n");
            activity(xml, activity);
        }
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private void activity(XMLStreamWriter xml, Activity activity) throws XMLStreamException {
        OperationSummary operation = reference.operations().get(activity.operationId());
        xml.writeStartElement("iati-activity");
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "en");

        text(xml, "iati-identifier", identifier(reference.reportingOrgRef(), operation, activity));

        xml.writeStartElement("reporting-org");
        xml.writeAttribute("ref", reference.reportingOrgRef());
        xml.writeAttribute("type", MULTILATERAL);
        narrative(xml, reference.reportingOrgName());
        xml.writeEndElement();

        xml.writeStartElement("title");
        narrative(xml, activity.title());
        xml.writeEndElement();

        // The schema requires a description; an activity recorded without one is described by its title.
        xml.writeStartElement("description");
        xml.writeAttribute("type", "1");
        narrative(xml, activity.description() == null ? activity.title() : activity.description());
        xml.writeEndElement();

        participatingOrgs(xml, activity, operation);

        if (activity.projectCode() != null) {
            xml.writeStartElement("other-identifier");
            xml.writeAttribute("ref", activity.projectCode());
            xml.writeAttribute("type", "A1");
            xml.writeEndElement();
        }

        xml.writeEmptyElement("activity-status");
        xml.writeAttribute("code", statusCode(activity.status()));

        for (ActivityDate date : dates(activity)) {
            xml.writeEmptyElement("activity-date");
            xml.writeAttribute("type", date.type());
            xml.writeAttribute("iso-date", date.day().toString());
        }

        if (operation.hostCountryIso2() != null) {
            xml.writeStartElement("recipient-country");
            xml.writeAttribute("code", operation.hostCountryIso2());
            String country = reference.countryNames().get(operation.hostCountryIso2());
            if (country != null) {
                narrative(xml, country);
            }
            xml.writeEndElement();
        }

        for (UUID locationId : activity.locationIds()) {
            LocationSummary location = reference.locations().get(locationId);
            if (location != null) {
                location(xml, location);
            }
        }

        xml.writeStartElement("sector");
        xml.writeAttribute("vocabulary", "99");
        xml.writeAttribute("code", activity.responseArea().name());
        narrative(xml, reference.areaNames().apply(activity.responseArea()));
        xml.writeEndElement();

        for (Dimension dimension : Dimension.values()) {
            if (activity.dimensions().contains(dimension)) {
                xml.writeStartElement("tag");
                xml.writeAttribute("vocabulary", "99");
                xml.writeAttribute("code", dimension.name());
                narrative(xml, reference.dimensionNames().apply(dimension));
                xml.writeEndElement();
            }
        }

        xml.writeEndElement();
    }

    /**
     * Who takes part: the funder (the OSCE's unified budget, or the donor of extra-budgetary money),
     * the field operation as accountable and implementing, and extending too where it manages a donor's
     * money, then the partners by their role.
     */
    private void participatingOrgs(XMLStreamWriter xml, Activity activity, OperationSummary operation)
            throws XMLStreamException {
        if (activity.funding() == Funding.UNIFIED_BUDGET) {
            organisation(xml, "1", reference.reportingOrgRef(), MULTILATERAL,
                    reference.reportingOrgName() + " (Unified Budget)");
        } else if (activity.funding() == Funding.EXTRA_BUDGETARY && activity.donor() != null) {
            organisation(xml, "1", null, null, activity.donor());
        }
        organisation(xml, "2", null, MULTILATERAL, operation.name());
        if (activity.funding() == Funding.EXTRA_BUDGETARY) {
            organisation(xml, "3", null, MULTILATERAL, operation.name());
        }
        organisation(xml, "4", null, MULTILATERAL, operation.name());
        for (Partner partner : activity.partners()) {
            OrganisationSummary organisation = reference.organisations().get(partner.organisationId());
            Optional<String> role = roleCode(partner.role());
            if (organisation != null && role.isPresent()) {
                organisation(xml, role.get(), null, organisationType(organisation.kind()), organisation.name());
            }
        }
    }

    private static void organisation(XMLStreamWriter xml, String role, String ref, String type, String name)
            throws XMLStreamException {
        xml.writeStartElement("participating-org");
        if (ref != null) {
            xml.writeAttribute("ref", ref);
        }
        if (type != null) {
            xml.writeAttribute("type", type);
        }
        xml.writeAttribute("role", role);
        narrative(xml, name);
        xml.writeEndElement();
    }

    private static void location(XMLStreamWriter xml, LocationSummary location) throws XMLStreamException {
        xml.writeStartElement("location");
        xml.writeAttribute("ref", location.code());
        xml.writeEmptyElement("location-reach");
        xml.writeAttribute("code", "1"); // the activity happens here
        xml.writeStartElement("name");
        narrative(xml, location.name());
        xml.writeEndElement();
        xml.writeStartElement("point");
        xml.writeAttribute("srsName", WGS84);
        text(xml, "pos", location.latitude() + " " + location.longitude());
        xml.writeEndElement();
        xml.writeEmptyElement("exactness");
        xml.writeAttribute("code", "1");
        xml.writeEmptyElement("location-class");
        xml.writeAttribute("code", locationClass(location.kind()));
        xml.writeEndElement();
    }

    private static void narrative(XMLStreamWriter xml, String text) throws XMLStreamException {
        text(xml, "narrative", text);
    }

    private static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        // Escaping handles & and <, but control characters have no form in XML 1.0 at all.
        xml.writeCharacters(NOT_XML.matcher(text).replaceAll(""));
        xml.writeEndElement();
    }
}
