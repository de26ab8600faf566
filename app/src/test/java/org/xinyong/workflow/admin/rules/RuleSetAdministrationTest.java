package org.xinyong.workflow.admin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xinyong.workflow.admin.AdminAction;
import org.xinyong.workflow.admin.AdminRefusal;
import org.xinyong.workflow.audit.AuditLog;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.rules.RuleSet;
import org.xinyong.workflow.rules.RuleSetParser;
import org.xinyong.workflow.rules.RuleSetRepository;
import org.xinyong.workflow.rules.RuleSets;

class RuleSetAdministrationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RuleSets ruleSets = mock(RuleSets.class);
    private final RuleSetRepository repository = mock(RuleSetRepository.class);
    private final RuleSetUsage usage = mock(RuleSetUsage.class);
    private final BusinessClock clock = mock(BusinessClock.class);
    private final AuditLog audit = mock(AuditLog.class);
    private final RuleSetAdministration administration =
            new RuleSetAdministration(ruleSets, repository, usage, clock, audit, JSON);

    private RuleSet seeds;
    private RuleSet national;

    @BeforeEach
    void shippedSets() throws IOException {
        when(clock.today()).thenReturn(TODAY);
        seeds = RuleSetParser.parse("seeds", shipped("seeds-default.json"));
        national = RuleSetParser.parse("national", shipped("national-2026.json"));
        when(ruleSets.all()).thenReturn(List.of(seeds, national));
        when(ruleSets.series()).thenReturn("default");
        when(ruleSets.add(anyString(), anyString()))
                .thenAnswer(call -> RuleSetParser.parse(call.getArgument(0), call.getArgument(1)));
        when(usage.idsUsedByCases()).thenReturn(Set.of());
    }

    @Test
    void setEffectiveTodayOrEarlierIsRefused() throws IOException {
        assertRefused(document("seeds-today", "seeds", TODAY), "admin.rulesets.error.notInFuture");
        assertRefused(document("seeds-old", "seeds", TODAY.minusYears(1)), "admin.rulesets.error.notInFuture");
        verify(ruleSets, never()).add(anyString(), anyString());
        verifyNoInteractions(audit);
    }

    @Test
    void aSeriesNeverGetsTwoSetsForOneDateAndIdsNeverRepeat() throws IOException {
        RuleSet scheduled = RuleSetParser.parse("x", document("national-2027", "national", TODAY.plusDays(35)));
        when(ruleSets.all()).thenReturn(List.of(seeds, national, scheduled));

        assertRefused(document("national-2027-bis", "national", TODAY.plusDays(35)),
                "admin.rulesets.error.duplicateDate");
        assertRefused(document("national-2027", "national", TODAY.plusDays(36)), "admin.rulesets.error.idTaken");
    }

    @Test
    void malformedDocumentNamesTheField() throws IOException {
        ObjectNode document = (ObjectNode) JSON.readTree(document("seeds-2027", "seeds", TODAY.plusDays(40)));
        ((ObjectNode) document.get("values")).put("statementWindow", "ten days");
        AdminRefusal refusal = assertRefused(JSON.writeValueAsString(document), "admin.rulesets.error.invalid");
        assertThat(refusal.arguments()[0]).isEqualTo("values.statementWindow");
    }

    @Test
    void checkingStoresNothing() throws IOException {
        RuleSet checked = administration.check(document("seeds-2027", "seeds", TODAY.plusDays(40)));

        assertThat(checked.effectiveFrom()).isEqualTo(TODAY.plusDays(40));
        verify(ruleSets, never()).add(anyString(), anyString());
        verifyNoInteractions(audit);
    }

    @Test
    void laterSetIsAddedAndAudited() throws IOException {
        RuleSet added = administration.add(document("seeds-2027", "seeds", TODAY.plusDays(40)));

        assertThat(added.id()).isEqualTo("seeds-2027");
        verify(ruleSets).add(eq(RuleSetAdministration.ORIGIN), contains("seeds-2027"));
        verify(audit).record(eq(AdminAction.RULE_SET_ADDED), any(), eq("rule-set:seeds-2027"),
                contains(TODAY.plusDays(40).toString()), any());
    }

    @Test
    void overviewMarksWhatIsInForceInUseAndScheduled() throws IOException {
        RuleSet scheduled = RuleSetParser.parse("x", document("seeds-2027", "default", TODAY.plusDays(40)));
        RuleSet otherChain = RuleSetParser.parse("x", document("county-2020", "county", LocalDate.of(2020, 1, 1)));
        when(ruleSets.all()).thenReturn(List.of(seeds, scheduled, national, otherChain));
        when(usage.idsUsedByCases()).thenReturn(Set.of("seeds-default"));

        List<RuleSetSummary> overview = administration.overview();

        // one chain: the seeds' set, the national set from 2026-04-01, a scheduled successor; only one is in force
        assertThat(overview).extracting(summary -> summary.ruleSet().id())
                .containsExactly("seeds-default", "national-2026", "seeds-2027", "county-2020");
        assertThat(overview.get(0).inForce()).as("superseded on 2026-04-01").isFalse();
        assertThat(overview.get(0).usedByCases()).isTrue();
        assertThat(overview.get(0).inUse()).isTrue();
        assertThat(overview.get(1).inForce()).isTrue();
        assertThat(overview.get(1).followed()).isTrue();
        assertThat(overview.get(2).inUse()).isFalse();
        assertThat(overview.get(2).inForce()).isFalse();
        assertThat(overview.get(3).followed()).isFalse();
        assertThat(overview).filteredOn(summary -> summary.inForce() && summary.followed()).hasSize(1);
    }

    private AdminRefusal assertRefused(String document, String messageCode) {
        AdminRefusal refusal = (AdminRefusal) org.assertj.core.api.Assertions.catchThrowable(
                () -> administration.add(document));
        assertThat(refusal).isNotNull();
        assertThat(refusal.messageCode()).isEqualTo(messageCode);
        assertThat(refusal.field()).isEqualTo("content");
        return refusal;
    }

    private String document(String id, String series, LocalDate effectiveFrom) throws IOException {
        ObjectNode document = (ObjectNode) JSON.readTree(shipped("seeds-default.json"));
        document.put("id", id);
        document.put("series", series);
        document.put("effectiveFrom", effectiveFrom.toString());
        return JSON.writeValueAsString(document);
    }

    private static String shipped(String file) throws IOException {
        try (InputStream in = RuleSetAdministrationTest.class.getClassLoader()
                .getResourceAsStream("data/rulesets/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
