package org.xinyong.workflow.rules;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads and validates a rule set document (the shipped {@code data/rulesets/*.json} files and the {@code content}
 * column of table {@code rule_set}). Every problem is reported with the document's origin and the field's path.
 */
public final class RuleSetParser {

    static final Set<String> VALUE_FIELDS = Set.of("statementWindow", "headReview", "serviceLimit",
            "publicNoticeServicePeriod", "statementReply",
            "objectionAcceptance", "objectionVerification", "objectionSupervision", "evidenceReplyLimit", "evidenceRequestsPerObjection",
            "reminderRectification", "interviewScheduling", "interviewRecord", "urgingPeriod",
            "publicationLimit", "repairReview", "repairInspection", "repairReportCheck", "repairDecision",
            "minimumRectification", "repairDecidingBody", "listingDecidingBody", "listingDecision", "escalationRecordCount", "escalationWindow",
            "reminderLead", "watchListPeriod", "watchListMeasures", "publicationPeriod", "minimumPublicationPeriod", "nonRepairableKinds");

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern KIND_CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern MEASURE_CODE = Pattern.compile("[A-Z][A-Z0-9_-]*");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String origin;

    private RuleSetParser(String origin) {
        this.origin = origin;
    }

    /**
     * @param origin where the document comes from, for messages (e.g. {@code data/rulesets/national-2026.json})
     * @throws RuleSetValidationException naming the origin and field of the first problem
     */
    public static RuleSet parse(String origin, String json) {
        return new RuleSetParser(origin).parse(json);
    }

    private RuleSet parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw fail("(document)", "not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw fail("(document)", "must be a JSON object");
        }
        String id = text(root, "id");
        if (!ID.matcher(id).matches()) {
            throw fail("id", "'" + id + "' must be lower-case letters, digits and '-', at most 64 characters");
        }
        JsonNode values = object(root, "values");
        for (Iterator<String> names = values.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!VALUE_FIELDS.contains(name)) {
                throw fail("values." + name, "unknown value; expected one of " + VALUE_FIELDS);
            }
        }
        Map<Severity, RuleValue> publication = perSeverity(values, "publicationPeriod", 1);
        Map<Severity, RuleValue> minimumPublication = perSeverity(values, "minimumPublicationPeriod", 0);
        for (Severity severity : Severity.values()) {
            checkNotLonger(minimumPublication.get(severity), publication.get(severity),
                    "values.minimumPublicationPeriod." + severity);
        }
        return new RuleSet(
                id,
                text(root, "series"),
                text(root, "title"),
                date(root, "effectiveFrom"),
                text(root, "source"),
                value(values, "statementWindow", 1),
                value(values, "headReview", 1),
                value(values, "serviceLimit", 1),
                value(values, "publicNoticeServicePeriod", 1),
                value(values, "statementReply", 1),
                value(values, "objectionAcceptance", 1),
                value(values, "objectionVerification", 1),
                value(values, "objectionSupervision", 1),
                value(values, "evidenceReplyLimit", 1),
                count(values, "evidenceRequestsPerObjection", 0),
                value(values, "reminderRectification", 1),
                value(values, "interviewScheduling", 1),
                value(values, "interviewRecord", 1),
                value(values, "urgingPeriod", 1),
                value(values, "publicationLimit", 1),
                value(values, "repairReview", 1),
                value(values, "repairInspection", 1),
                value(values, "repairReportCheck", 1),
                value(values, "repairDecision", 1),
                value(values, "minimumRectification", 1),
                decidingBody(values, "repairDecidingBody"),
                decidingBody(values, "listingDecidingBody"),
                value(values, "listingDecision", 1),
                count(values, "escalationRecordCount", 1),
                value(values, "escalationWindow", 1),
                reminderLeads(values),
                value(values, "watchListPeriod", 1),
                codes(values, "watchListMeasures"),
                publication,
                minimumPublication,
                nonRepairableKinds(values));
    }

    private RuleValue value(JsonNode values, String name, int minimumAmount) {
        return duration(object(values, name), "values." + name, minimumAmount);
    }

    private RuleValue duration(JsonNode node, String path, int minimumAmount) {
        JsonNode amount = node.get("amount");
        if (amount == null || !amount.isInt()) {
            throw fail(path + ".amount", "must be a whole number");
        }
        if (amount.intValue() < minimumAmount) {
            throw fail(path + ".amount", "must be at least " + minimumAmount + " but is " + amount.intValue());
        }
        String unitText = textAt(node, "unit", path + ".unit");
        DurationUnit unit;
        try {
            unit = DurationUnit.valueOf(unitText);
        } catch (IllegalArgumentException e) {
            throw fail(path + ".unit", "'" + unitText + "' is not one of " + List.of(DurationUnit.values()));
        }
        return new RuleValue(new LegalDuration(amount.intValue(), unit), textAt(node, "source", path + ".source"));
    }

    private RuleCount count(JsonNode values, String name, int minimumAmount) {
        String path = "values." + name;
        JsonNode node = object(values, name);
        JsonNode amount = node.get("amount");
        if (amount == null || !amount.isInt()) {
            throw fail(path + ".amount", "must be a whole number");
        }
        if (amount.intValue() < minimumAmount) {
            throw fail(path + ".amount", "must be at least " + minimumAmount + " but is " + amount.intValue());
        }
        return new RuleCount(amount.intValue(), textAt(node, "source", path + ".source"));
    }

    private DecidingBodyRule decidingBody(JsonNode values, String name) {
        String path = "values." + name;
        JsonNode node = object(values, name);
        String body = textAt(node, "body", path + ".body");
        try {
            return new DecidingBodyRule(DecidingBody.valueOf(body), textAt(node, "source", path + ".source"));
        } catch (IllegalArgumentException e) {
            throw fail(path + ".body", "'" + body + "' is not one of " + List.of(DecidingBody.values()));
        }
    }

    /** {@code reminderLead}: per deadline kind (upper-case code), the lead time of its reminder. */
    private Map<String, RuleValue> reminderLeads(JsonNode values) {
        JsonNode node = object(values, "reminderLead");
        Map<String, RuleValue> result = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            var field = fields.next();
            String path = "values.reminderLead." + field.getKey();
            if (!KIND_CODE.matcher(field.getKey()).matches()) {
                throw fail(path, "'" + field.getKey() + "' is not a deadline kind such as OBJECTION_VERIFICATION");
            }
            if (!field.getValue().isObject()) {
                throw fail(path, "missing or not an object");
            }
            result.put(field.getKey(), duration(field.getValue(), path, 0));
        }
        return result;
    }

    private Map<Severity, RuleValue> perSeverity(JsonNode values, String name, int minimumAmount) {
        JsonNode node = object(values, name);
        Map<Severity, RuleValue> result = new EnumMap<>(Severity.class);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String severity = names.next();
            try {
                Severity.valueOf(severity);
            } catch (IllegalArgumentException e) {
                throw fail("values." + name + "." + severity, "unknown severity; expected one of "
                        + List.of(Severity.values()));
            }
        }
        for (Severity severity : Severity.values()) {
            String path = "values." + name + "." + severity;
            JsonNode value = node.get(severity.name());
            if (value == null || !value.isObject()) {
                throw fail(path, "missing: every severity needs a value");
            }
            result.put(severity, duration(value, path, minimumAmount));
        }
        return result;
    }

    private void checkNotLonger(RuleValue minimum, RuleValue maximum, String path) {
        LegalDuration min = minimum.duration();
        LegalDuration max = maximum.duration();
        boolean comparable = min.unit() == max.unit()
                || (min.inMonths().isPresent() && max.inMonths().isPresent());
        int minLength = min.unit() == max.unit() ? min.amount() : min.inMonths().orElse(0);
        int maxLength = min.unit() == max.unit() ? max.amount() : max.inMonths().orElse(0);
        if (comparable && minLength > maxLength) {
            throw fail(path, "minimum " + min + " is longer than the publication period " + max);
        }
    }

    /** {@code {"codes": [...], "source": "..."}}: upper-case codes such as M-KEY-SUPERVISION. */
    private RuleCodes codes(JsonNode values, String name) {
        String path = "values." + name;
        JsonNode node = object(values, name);
        JsonNode codes = node.get("codes");
        if (codes == null || !codes.isArray()) {
            throw fail(path + ".codes", "must be a list of codes (it may be empty)");
        }
        List<String> result = new ArrayList<>();
        for (JsonNode code : codes) {
            if (!code.isTextual() || !MEASURE_CODE.matcher(code.textValue()).matches()) {
                throw fail(path + ".codes", "'" + code + "' is not an upper-case code such as M-KEY-SUPERVISION");
            }
            result.add(code.textValue());
        }
        return new RuleCodes(result, textAt(node, "source", path + ".source"));
    }

    private NonRepairableKinds nonRepairableKinds(JsonNode values) {
        String path = "values.nonRepairableKinds";
        JsonNode node = object(values, "nonRepairableKinds");
        JsonNode codes = node.get("codes");
        if (codes == null || !codes.isArray()) {
            throw fail(path + ".codes", "must be a list of codes (it may be empty)");
        }
        List<String> result = new ArrayList<>();
        for (JsonNode code : codes) {
            if (!code.isTextual() || !KIND_CODE.matcher(code.textValue()).matches()) {
                throw fail(path + ".codes", "'" + code + "' is not an upper-case code such as STATUTORY_NON_REPAIRABLE");
            }
            result.add(code.textValue());
        }
        return new NonRepairableKinds(result, textAt(node, "source", path + ".source"));
    }

    private JsonNode object(JsonNode parent, String name) {
        JsonNode node = parent.get(name);
        String path = parent.has("values") ? name : "values." + name;
        if (node == null || !node.isObject()) {
            throw fail(path, "missing or not an object");
        }
        return node;
    }

    private LocalDate date(JsonNode parent, String name) {
        String text = text(parent, name);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw fail(name, "'" + text + "' is not a yyyy-MM-dd date");
        }
    }

    private String text(JsonNode parent, String name) {
        return textAt(parent, name, name);
    }

    private String textAt(JsonNode parent, String name, String path) {
        JsonNode node = parent.get(name);
        if (node == null || !node.isTextual() || node.textValue().isBlank()) {
            throw fail(path, "missing or empty");
        }
        return node.textValue().strip();
    }

    private RuleSetValidationException fail(String field, String problem) {
        return new RuleSetValidationException(origin, field, problem);
    }
}
