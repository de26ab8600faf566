package org.xinyong.workflow.audit;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.xinyong.workflow.calendar.BusinessClock;

/**
 * The one audit logger (seed001 §四 12; DOMAIN.md "Privacy and audit"): records who did what, when, about whom and
 * why. It joins the caller's transaction, so a state change and its audit row commit or roll back together. There is
 * no way to change or delete an entry.
 */
@Component
public class AuditLog {

    /** The actor of work without a signed-in user: engine jobs, timers, start-up loaders. */
    public static final String SYSTEM = "system";
    /** The actor of a request nobody signed in to (e.g. the public list). */
    public static final String ANONYMOUS = "anonymous";

    // Column widths of audit_entry (V1_3__reference_audit.sql): longer values are cut, never refused.
    private static final int ACTOR_LENGTH = 100;
    private static final int ACTION_LENGTH = 64;
    private static final int SUBJECT_CODE_LENGTH = 32;
    private static final int CASE_REF_LENGTH = 64;
    private static final int DETAIL_LENGTH = 2000;
    private static final int PURPOSE_LENGTH = 500;
    private static final int CLIENT_ADDRESS_LENGTH = 64;

    private final AuditEntryRepository entries;
    private final BusinessClock clock;
    private final AuthenticationTrustResolver trustResolver = new AuthenticationTrustResolverImpl();

    AuditLog(AuditEntryRepository entries, BusinessClock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** Records the event as done now (business time) by the current user from the current request's address. */
    @Transactional(propagation = Propagation.REQUIRED)
    public AuditEntry record(AuditEvent event) {
        return entries.insert(new AuditEntry(0, clock.now().atZone(clock.zone()).toOffsetDateTime(),
                cut(currentActor(), ACTOR_LENGTH), cut(event.action(), ACTION_LENGTH),
                cut(event.subjectCode(), SUBJECT_CODE_LENGTH), cut(event.caseRef(), CASE_REF_LENGTH),
                cut(event.detail(), DETAIL_LENGTH), cut(event.purpose(), PURPOSE_LENGTH),
                cut(currentClientAddress(), CLIENT_ADDRESS_LENGTH)));
    }

    /**
     * Records all the events as done now by the current user, in few round trips (multi-row inserts): e.g. every
     * code of a bulk sanctions check (issue 16). Same rules as {@link #record(AuditEvent)}.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAll(java.util.List<AuditEvent> events) {
        java.time.OffsetDateTime now = clock.now().atZone(clock.zone()).toOffsetDateTime();
        String actor = cut(currentActor(), ACTOR_LENGTH);
        String address = cut(currentClientAddress(), CLIENT_ADDRESS_LENGTH);
        entries.insertAll(events.stream().map(event -> new AuditEntry(0, now, actor,
                cut(event.action(), ACTION_LENGTH), cut(event.subjectCode(), SUBJECT_CODE_LENGTH),
                cut(event.caseRef(), CASE_REF_LENGTH), cut(event.detail(), DETAIL_LENGTH),
                cut(event.purpose(), PURPOSE_LENGTH), address)).toList());
    }

    /** Shorthand for {@link #record(AuditEvent)}; any of the strings may be null. */
    @Transactional(propagation = Propagation.REQUIRED)
    public AuditEntry record(AuditableAction action, String subjectCode, String caseRef, String detail,
                             String purpose) {
        return record(new AuditEvent(action.name(), subjectCode, caseRef, detail, purpose));
    }

    private String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return SYSTEM;
        }
        return trustResolver.isAnonymous(authentication) ? ANONYMOUS : authentication.getName();
    }

    private static String currentClientAddress() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
