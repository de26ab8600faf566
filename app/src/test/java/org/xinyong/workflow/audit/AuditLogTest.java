package org.xinyong.workflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Captor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.xinyong.workflow.calendar.BusinessClock;

/** Who, when and from where come from the security context, the business clock and the current request. */
@ExtendWith(MockitoExtension.class)
class AuditLogTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2025-03-03T02:30:00Z");

    @Mock
    AuditEntryRepository repository;
    @Mock
    BusinessClock clock;
    @Captor
    ArgumentCaptor<AuditEntry> written;

    AuditLog log;

    @BeforeEach
    void setUp() {
        when(clock.now()).thenReturn(NOW);
        when(clock.zone()).thenReturn(SHANGHAI);
        when(repository.insert(any())).thenAnswer(call -> call.getArgument(0));
        log = new AuditLog(repository, clock);
    }

    @AfterEach
    void clearContexts() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void signedInUserFromARequestIsTheActorWithTheRequestsAddress() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "checker", "n/a", AuthorityUtils.createAuthorityList("ROLE_SANCTIONS_CHECK")));
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("10.1.2.3");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        log.record(AuditEvent.of(AuditAction.SANCTIONS_QUERIED).withSubject("91230400MA19XY0035")
                .withPurpose("政府采购资格审查"));

        verify(repository).insert(written.capture());
        AuditEntry entry = written.getValue();
        assertThat(entry.actor()).isEqualTo("checker");
        assertThat(entry.clientAddress()).isEqualTo("10.1.2.3");
        assertThat(entry.occurredAt()).isEqualTo(OffsetDateTime.parse("2025-03-03T10:30:00+08:00"));
        assertThat(entry.action()).isEqualTo("SANCTIONS_QUERIED");
        assertThat(entry.subjectCode()).isEqualTo("91230400MA19XY0035");
        assertThat(entry.purpose()).isEqualTo("政府采购资格审查");
    }

    @Test
    void workWithoutAUserIsRecordedAsTheSystemWithoutAddress() {
        log.record(AuditAction.STATE_CHANGED, "91410526MA3X00004Y", "listing:7", "ACTIVE -> REMOVED", null);

        verify(repository).insert(written.capture());
        assertThat(written.getValue().actor()).isEqualTo(AuditLog.SYSTEM);
        assertThat(written.getValue().clientAddress()).isNull();
        assertThat(written.getValue().caseRef()).isEqualTo("listing:7");
        assertThat(written.getValue().detail()).isEqualTo("ACTIVE -> REMOVED");
    }

    @Test
    void anonymousVisitorIsRecordedAsAnonymous() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key",
                "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));

        log.record(AuditEvent.of(AuditAction.SUBJECT_VIEWED));

        verify(repository).insert(written.capture());
        assertThat(written.getValue().actor()).isEqualTo(AuditLog.ANONYMOUS);
    }

    @Test
    void overlongDetailIsCutToTheColumnInsteadOfFailingTheCaller() {
        log.record(AuditEvent.of(AuditAction.DOCUMENT_ISSUED).withDetail("x".repeat(5000)));

        verify(repository).insert(written.capture());
        assertThat(written.getValue().detail()).hasSize(2000);
    }

    @Test
    void featuresMayDeclareTheirOwnActions() {
        log.record(AuditEvent.of(PortalAction.PORTAL_MESSAGE_READ));

        verify(repository).insert(written.capture());
        assertThat(written.getValue().action()).isEqualTo("PORTAL_MESSAGE_READ");
        assertThat(List.of(AuditAction.values())).extracting(AuditAction::name)
                .contains("CASE_RECORDED", "SANCTIONS_QUERIED", "SUBJECT_VIEWED", "STATE_CHANGED");
    }

    enum PortalAction implements AuditableAction {
        PORTAL_MESSAGE_READ
    }
}
