package org.xinyong.workflow.deadline;

import org.xinyong.workflow.cases.CaseType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.calendar.CalendarProperties;
import org.xinyong.workflow.calendar.ShippedCalendar;
import org.xinyong.workflow.rules.DurationUnit;
import org.xinyong.workflow.rules.LegalDuration;

class DeadlineServiceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final DeadlineRepository repository = mock(DeadlineRepository.class);
    private final BusinessClock clock = new BusinessClock(new CalendarProperties(SHANGHAI));
    private final DeadlineService service =
            new DeadlineService(repository, ShippedCalendar.workingDayCalendar(), clock);

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Instant at(int month, int day, int hour) {
        return LocalDateTime.of(2026, month, day, hour, 0).atZone(SHANGHAI).toInstant();
    }

    private static Deadline verification(DeadlineStatus status, Suspension... suspensions) {
        return new Deadline(7, CaseType.OBJECTION, "OBJ-7", "pi-7", DeadlineKind.OBJECTION_VERIFICATION,
                at(3, 3, 10), LegalDuration.of(20, DurationUnit.CALENDAR_DAYS), "seeds-default", "seed000 §五(五)",
                at(3, 24, 0), status, null, at(3, 3, 10), List.of(suspensions));
    }

    @Test
    void resumingStoresTheDueDatePushedBySuspendedDays() {
        Suspension open = new Suspension(3L, at(3, 5, 9), null, "等待补充证据");
        Suspension ended = new Suspension(3L, at(3, 5, 9), at(3, 8, 15), "等待补充证据");
        when(repository.find(7)).thenReturn(Optional.of(verification(DeadlineStatus.OPEN, open)),
                Optional.of(verification(DeadlineStatus.OPEN, ended)));
        clock.setTo(at(3, 8, 15));

        Instant due = service.resume(7);

        assertThat(due).isEqualTo(at(3, 27, 0));
        verify(repository).endSuspension(3L, at(3, 8, 15));
        verify(repository).updateDue(7, at(3, 27, 0));
    }

    @Test
    void metDeadlineCannotBeSuspended() {
        when(repository.find(7)).thenReturn(Optional.of(verification(DeadlineStatus.MET)));

        assertThatThrownBy(() -> service.suspend(7, at(3, 5, 9), "等待补充证据"))
                .isInstanceOf(DeadlineStateException.class).hasMessageContaining("MET");
        verify(repository, never()).insertSuspension(anyLong(), any(), anyString());
    }

    @Test
    void runningDeadlineCannotBeResumedOrSuspendedTwice() {
        when(repository.find(7)).thenReturn(Optional.of(verification(DeadlineStatus.OPEN)));
        assertThatThrownBy(() -> service.resume(7, at(3, 8, 15))).isInstanceOf(DeadlineStateException.class);

        when(repository.find(7)).thenReturn(
                Optional.of(verification(DeadlineStatus.OPEN, new Suspension(3L, at(3, 5, 9), null, "x"))));
        assertThatThrownBy(() -> service.suspend(7, at(3, 6, 9), "again")).isInstanceOf(DeadlineStateException.class);
    }

    @Test
    void pausedDeadlineIsNotOverdue() {
        Deadline paused = verification(DeadlineStatus.OPEN, new Suspension(3L, at(3, 20, 9), null, "x"));

        assertThat(paused.isOverdueAt(at(3, 25, 0))).isFalse();
        assertThat(verification(DeadlineStatus.OPEN).isOverdueAt(at(3, 24, 0))).isTrue();
        assertThat(verification(DeadlineStatus.OPEN).isOverdueAt(at(3, 23, 23))).isFalse();
    }

    @Test
    void unknownDeadlineIsNotFound() {
        when(repository.find(eq(99L))).thenReturn(Optional.empty());

        assertThatThrownBy(() -> service.meet(99)).isInstanceOf(DeadlineNotFoundException.class);
    }
}
