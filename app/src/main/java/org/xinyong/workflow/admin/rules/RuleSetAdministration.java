package org.xinyong.workflow.admin.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyong.workflow.admin.AdminAction;
import org.xinyong.workflow.admin.AdminRefusal;
import org.xinyong.workflow.audit.AuditLog;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.rules.RuleSet;
import org.xinyong.workflow.rules.RuleSetParser;
import org.xinyong.workflow.rules.RuleSetRepository;
import org.xinyong.workflow.rules.RuleSetValidationException;
import org.xinyong.workflow.rules.RuleSets;
import org.xinyong.workflow.errors.NotFoundException;

/**
 * Rule sets for the administrator (DOMAIN.md "Rules"): view every set, and add a successor. A set is never edited in
 * place, so there is no edit: a change is a new set whose effective date lies after today's business date (a set
 * effective today or earlier could already govern cases), and no series gets two sets with the same effective date.
 * The document is read and checked by {@link RuleSetParser} and stored by {@link RuleSets#add}.
 */
@Service
public class RuleSetAdministration {

    static final String REF = "rule-set";
    static final String ORIGIN = "(administrator upload)";

    private final RuleSets ruleSets;
    private final RuleSetRepository repository;
    private final RuleSetUsage usage;
    private final BusinessClock clock;
    private final AuditLog audit;
    private final ObjectMapper json;

    public RuleSetAdministration(RuleSets ruleSets, RuleSetRepository repository, RuleSetUsage usage,
                                 BusinessClock clock, AuditLog audit, ObjectMapper json) {
        this.ruleSets = ruleSets;
        this.repository = repository;
        this.usage = usage;
        this.clock = clock;
        this.audit = audit;
        this.json = json;
    }

    /** Every set, by series (the followed series first) and effective date. */
    public List<RuleSetSummary> overview() {
        List<RuleSet> all = ruleSets.all();
        LocalDate today = clock.today();
        Set<String> used = usage.idsUsedByCases();
        Map<String, RuleSet> inForce = all.stream()
                .filter(set -> !set.effectiveFrom().isAfter(today))
                .collect(Collectors.toMap(RuleSet::series, Function.identity(),
                        (a, b) -> a.effectiveFrom().isAfter(b.effectiveFrom()) ? a : b));
        return all.stream()
                .map(set -> new RuleSetSummary(set, set.equals(inForce.get(set.series())),
                        !set.effectiveFrom().isAfter(today), used.contains(set.id()),
                        set.series().equals(ruleSets.series())))
                .sorted(Comparator.comparing((RuleSetSummary summary) -> !summary.followed())
                        .thenComparing(summary -> summary.ruleSet().series())
                        .thenComparing(summary -> summary.ruleSet().effectiveFrom()))
                .toList();
    }

    public RuleSetSummary view(String id) {
        return overview().stream().filter(summary -> summary.ruleSet().id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("admin.rulesets.notFound", id));
    }

    /** The stored document of a set, pretty-printed. */
    public String document(String id) {
        String content = repository.contentOf(id)
                .orElseThrow(() -> new NotFoundException("admin.rulesets.notFound", id));
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(content));
        } catch (JsonProcessingException unreadable) {
            return content;
        }
    }

    /**
     * A starting point for a successor of {@code id}: its document with a new id and the day after today as the
     * effective date, for the administrator to adjust.
     */
    public String successorDraft(String id) {
        RuleSet base = view(id).ruleSet();
        LocalDate tomorrow = clock.today().plusDays(1);
        try {
            ObjectNode draft = (ObjectNode) json.readTree(repository.contentOf(id).orElseThrow());
            draft.put("id", base.series() + "-" + tomorrow);
            draft.put("effectiveFrom", tomorrow.toString());
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(draft);
        } catch (JsonProcessingException | ClassCastException unreadable) {
            return document(id);
        }
    }

    /**
     * Checks a new rule set without storing it: the page shows the result for the administrator to confirm.
     *
     * @throws AdminRefusal (field {@code content}) when the document is malformed, takes effect today or earlier,
     *                      reuses an id, or repeats an effective date of its series
     */
    public RuleSet check(String document) {
        RuleSet candidate;
        try {
            candidate = RuleSetParser.parse(ORIGIN, document);
        } catch (RuleSetValidationException invalid) {
            throw new AdminRefusal("content", "admin.rulesets.error.invalid", invalid.field(), invalid.getMessage());
        }
        LocalDate today = clock.today();
        if (!candidate.effectiveFrom().isAfter(today)) {
            throw new AdminRefusal("content", "admin.rulesets.error.notInFuture",
                    candidate.effectiveFrom().toString(), today.toString());
        }
        List<RuleSet> existing = ruleSets.all();
        if (existing.stream().anyMatch(set -> set.id().equals(candidate.id()))) {
            throw new AdminRefusal("content", "admin.rulesets.error.idTaken", candidate.id());
        }
        existing.stream()
                .filter(set -> set.series().equals(candidate.series())
                        && set.effectiveFrom().equals(candidate.effectiveFrom()))
                .findFirst()
                .ifPresent(same -> {
                    throw new AdminRefusal("content", "admin.rulesets.error.duplicateDate", candidate.series(),
                            candidate.effectiveFrom().toString(), same.id());
                });
        return candidate;
    }

    /**
     * Checks (as {@link #check}) and stores a new rule set, for good: it can be neither changed nor removed.
     *
     * @throws AdminRefusal when {@link #check} refuses it
     */
    @Transactional
    public RuleSet add(String document) {
        check(document);
        RuleSet added = ruleSets.add(ORIGIN, document);
        audit.record(AdminAction.RULE_SET_ADDED, null, AdminAction.ref(REF, added.id()),
                "series " + added.series() + ", effective from " + added.effectiveFrom() + ": " + added.title(), null);
        return added;
    }
}
