package org.xinyong.workflow.listing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.documents.DocumentNumbers;
import org.xinyong.workflow.reference.Departments;
import org.xinyong.workflow.reference.MeasureCatalogue;
import org.xinyong.workflow.rules.LegalDuration;
import org.xinyong.workflow.rules.RuleSets;

/** Builds the model of a listing case's formal documents (always in Chinese: they are official documents). */
@Component
public class ListingDocumentModels {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final MessageSource messages;
    private final Departments departments;
    private final MeasureCatalogue measures;
    private final RuleSets ruleSets;
    private final BusinessClock clock;
    private final ListingProperties properties;

    public ListingDocumentModels(MessageSource messages, Departments departments, MeasureCatalogue measures,
                                 RuleSets ruleSets, BusinessClock clock, ListingProperties properties) {
        this.messages = messages;
        this.departments = departments;
        this.measures = measures;
        this.ruleSets = ruleSets;
        this.clock = clock;
        this.properties = properties;
    }

    /** The facts every listing document repeats. */
    public Map<String, Object> base(ListingCase listingCase, String documentCode) {
        Map<String, Object> model = new HashMap<>();
        model.put("departmentName", departments.find(listingCase.departmentCode()).map(department -> department.nameZh())
                .orElse(listingCase.departmentCode()));
        model.put("documentNumber", DocumentNumbers.of(properties.documentIssuer(), documentCode,
                clock.today().getYear(), listingCase.id()));
        model.put("issuedOn", date(clock.today()));
        model.put("subjectName", listingCase.subjectName());
        model.put("subjectCode", listingCase.subjectCode());
        model.put("subjectCodeLabel", label("listing.doc.subjectCode." + listingCase.subjectType()));
        model.put("basisTypeLabel", label("listing.basisType." + listingCase.basisType()));
        model.put("basisNumber", listingCase.basisNumber());
        model.put("basisDate", date(listingCase.basisDate()));
        model.put("domainLabel", label("listing.domain." + listingCase.domain()));
        model.put("severityLabel", label("listing.severity." + listingCase.severity()));
        model.put("facts", listingCase.facts());
        model.put("measures", measureRows(listingCase.measures()));
        var ruleSet = ruleSets.byId(listingCase.ruleSetId());
        model.put("publicationPeriodText", duration(ruleSet.publicationPeriod(listingCase.severity()).duration()));
        model.put("statementWindowText", duration(ruleSet.statementWindow().duration()));
        // the removal procedure as the case's rule set states it (issue 13 item 9): the minimum rectification and who
        // decides a repair (seed003 §二(五)2-3: the leading group; 国办发〔2025〕22号: the identifying department)
        model.put("rectificationText", duration(ruleSet.minimumRectification().duration()));
        model.put("repairDecisionText", label("listing.doc.repairDecision." + ruleSet.repairDecidingBody().body()));
        return model;
    }

    public String date(LocalDate day) {
        return CHINESE_DATE.format(day);
    }

    public String date(Instant instant) {
        return date(instant.atZone(clock.zone()).toLocalDate());
    }

    public String label(String code) {
        return messages.getMessage(code, null, code, CHINESE);
    }

    /** A message of the documents (always in Chinese) with arguments. */
    public String label(String code, Object... arguments) {
        return messages.getMessage(code, arguments, code, CHINESE);
    }

    String duration(LegalDuration duration) {
        return messages.getMessage("listing.duration." + duration.unit(), new Object[] {duration.amount()},
                duration.toString(), CHINESE);
    }

    /** The measures' Chinese titles joined with "、", "无" for none (e.g. the before and after of a correction). */
    public String measureTitles(List<String> codes) {
        String titles = codes.stream().map(code -> measures.find(code).map(measure -> measure.titleZh()).orElse(code))
                .collect(java.util.stream.Collectors.joining("、"));
        return titles.isEmpty() ? "无" : titles;
    }

    private List<Map<String, Object>> measureRows(List<String> codes) {
        return codes.stream().map(measures::find).flatMap(java.util.Optional::stream)
                .map(measure -> Map.<String, Object>of("title", measure.titleZh(), "mandatory", measure.mandatory(),
                        "legalBasis", measure.legalBasis()))
                .toList();
    }
}
