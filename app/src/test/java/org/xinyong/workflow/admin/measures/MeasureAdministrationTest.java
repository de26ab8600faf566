package org.xinyong.workflow.admin.measures;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xinyong.workflow.admin.AdminAction;
import org.xinyong.workflow.audit.AuditLog;
import org.xinyong.workflow.reference.MeasureCatalogue;
import org.xinyong.workflow.reference.MeasureDomain;
import org.xinyong.workflow.reference.SanctionMeasure;

class MeasureAdministrationTest {

    private static final SanctionMeasure BAN = new SanctionMeasure("M-BAN", "限制", "Ban", MeasureDomain.ALL, true,
            "《条例》第一条", null, "seed000 §五(四)");

    private final MeasureCatalogue catalogue = mock(MeasureCatalogue.class);
    private final AuditLog audit = mock(AuditLog.class);
    private final MeasureAdministration administration = new MeasureAdministration(catalogue, audit);

    @BeforeEach
    void existing() {
        when(catalogue.find("M-BAN")).thenReturn(Optional.of(BAN));
        when(catalogue.inactiveCodes()).thenReturn(Set.of());
    }

    @Test
    void changeAuditsOnlyTheFieldsThatChanged() {
        administration.change(new SanctionMeasure("M-BAN", "限制", "Ban", MeasureDomain.MARKET_ORDER, false,
                "《条例》第一条", null, "seed000 §五(四)"));

        verify(catalogue).update(any());
        verify(audit).record(eq(AdminAction.MEASURE_CHANGED), any(), eq("measure:M-BAN"),
                eq("domain: ALL -> MARKET_ORDER; mandatory: true -> false"), any());
    }

    @Test
    void unchangedFormWritesNothing() {
        administration.change(BAN);

        verify(catalogue, never()).update(any());
        verifyNoInteractions(audit);
    }

    @Test
    void deactivationIsRecordedOnce() {
        administration.deactivate("M-BAN");
        verify(catalogue).setActive("M-BAN", false);
        verify(audit).record(eq(AdminAction.MEASURE_DEACTIVATED), any(), eq("measure:M-BAN"), any(), any());

        when(catalogue.inactiveCodes()).thenReturn(Set.of("M-BAN"));
        administration.deactivate("M-BAN");
        verify(catalogue).setActive(anyString(), anyBoolean());
    }
}
