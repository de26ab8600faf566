package org.xinyong.workflow.objection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.xinyong.workflow.audit.AuditAction;
import org.xinyong.workflow.audit.AuditLog;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.engine.CaseProcesses;
import org.xinyong.workflow.listing.Listing;
import org.xinyong.workflow.listing.ListingCase;
import org.xinyong.workflow.listing.ListingCaseRepository;
import org.xinyong.workflow.listing.ListingRepository;
import org.xinyong.workflow.listing.ListingStatus;
import org.xinyong.workflow.deadline.DeadlineService;
import org.xinyong.workflow.rules.LegalDuration;
import org.xinyong.workflow.rules.RuleSet;
import org.xinyong.workflow.rules.RuleSets;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.uploads.UploadedFiles;
import org.xinyong.workflow.errors.ConflictException;
import org.xinyong.workflow.errors.InvalidRequestException;
import org.xinyong.workflow.errors.NotFoundException;

/** Filing objections, following them, and the supplementary-evidence exchange (DOMAIN Lifecycle B). */
@Service
public class Objections {

    /** The longest grounds of an objection, as column {@code objection.grounds} holds them (API, portal and pages). */
    public static final int MAX_GROUNDS = 4000;

    public static final String PROCESS_KEY = "objection";
    static final String EVIDENCE_REQUESTED = "ObjectionEvidenceRequested";
    static final String EVIDENCE_RECEIVED = "ObjectionEvidenceReceived";

    private final ObjectionRepository objections;
    private final ListingRepository listings;
    private final ListingCaseRepository listingCases;
    private final UploadedFiles files;
    private final CaseProcesses processes;
    private final RuleSets ruleSets;
    private final ObjectionAccess access;
    private final AuditLog audit;
    private final BusinessClock clock;
    private final DeadlineService deadlines;

    public Objections(ObjectionRepository objections, ListingRepository listings, ListingCaseRepository listingCases,
                      UploadedFiles files,
                      CaseProcesses processes, RuleSets ruleSets, ObjectionAccess access, AuditLog audit,
                      BusinessClock clock, DeadlineService deadlines) {
        this.objections = objections;
        this.listings = listings;
        this.listingCases = listingCases;
        this.files = files;
        this.processes = processes;
        this.ruleSets = ruleSets;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.deadlines = deadlines;
    }

    /**
     * Files an objection: the objection, its evidence files, its audit entry and the suspension of the listing's
     * sanctions commit together, or nothing is kept.
     */
    @Transactional
    public Objection file(long listingId, String grounds, List<MultipartFile> evidence, CurrentUser user) {
        // Filings against one listing one at a time (issue 18.1): a parallel second filing waits for the first and
        // then finds its open objection, so one listing never has two objections under verification.
        listings.lock(listingId);
        Listing listing = listings.find(listingId).filter(found -> access.mayObjectTo(user, found))
                .orElseThrow(() -> new NotFoundException("listing.notFound", listingId));
        if (grounds == null || grounds.isBlank() || grounds.length() > MAX_GROUNDS) {
            throw new InvalidRequestException("objection.grounds");
        }
        if (listing.status() == ListingStatus.SUSPENDED || objections.hasOpenObjection(listingId)) {
            throw new ConflictException("objection.alreadyOpen", listingId);
        }
        if (listing.status() != ListingStatus.ACTIVE) {
            throw new ConflictException("objection.listingNotActive", listingId);
        }
        files.check(evidence);
        Instant now = clock.now();
        Objection draft = new Objection(0, listingId, listing.caseId(), listing.subjectCode(), listing.departmentCode(),
                access.applicantKind(user), user.username(), grounds.trim(), ObjectionStatus.RECEIVED,
                recordRuleSetId(listing), null, now, null, null, null, null);
        long id = objections.insert(draft);
        for (MultipartFile file : evidence) {
            files.store(Objection.FILE_OWNER, String.valueOf(id), "EVIDENCE", file, user.username());
        }
        audit.record(AuditAction.OBJECTION_FILED, listing.subjectCode(), Objection.businessKey(id),
                "against listing " + listingId + " by " + draft.applicantKind() + ", " + evidence.size() + " file(s)",
                null);
        try {
            objections.attachProcess(id, processes.start(PROCESS_KEY, Objection.businessKey(id),
                    variables(id, draft, listing)));
        } catch (OptimisticLockingException e) {
            throw new ConflictException("objection.concurrentChange", listingId);
        }
        return get(id);
    }

    public Objection view(long id, CurrentUser user) {
        Objection objection = objections.find(id).filter(found -> access.mayView(user, found))
                .orElseThrow(() -> new NotFoundException("objection.notFound", id));
        if (!user.isEnterprise()) {
            audit.record(AuditAction.SUBJECT_VIEWED, objection.subjectCode(), objection.businessKey(),
                    "objection viewed", null);
        }
        return objection;
    }

    public List<Objection> ofListing(long listingId) {
        return objections.ofListing(listingId);
    }

    /** An enterprise's own objections (any applicant's, against its listings), newest first; for the portal. */
    public List<Objection> ofSubject(CurrentUser user) {
        if (!user.isEnterprise() || user.subjectCode() == null) {
            throw new AccessDeniedException("Only an enterprise account follows its own objections");
        }
        return objections.ofSubject(user.subjectCode());
    }

    /**
     * The rule set of the record objected to: a case keeps the set in force on the day its record was made (DOMAIN.md
     * "Rules"; issue 13 item 9). A listing without its case row (none in practice) falls back to the set in force today.
     */
    private String recordRuleSetId(Listing listing) {
        return listingCases.find(listing.caseId()).map(ListingCase::ruleSetId).orElseGet(() -> ruleSets.inForceToday().id());
    }

    /**
     * The identifying department asks the applicant for supplementary evidence by {@code respondBy}: the
     * verification period stops counting until the evidence arrives or that day passes (DOMAIN Lifecycle B.6).
     * Bounded so that the 20 days of seed000 §五(五) stay a limit: the reply date at most
     * the rule set's {@code evidenceReplyLimit} ahead (default 10 working days), at most its
     * {@code evidenceRequestsPerObjection} pauses per objection (default 1; counted under the objection's
     * row lock, so two requests at once cannot both pass), the reason required.
     */
    @Transactional
    public Objection requestEvidence(long id, String note, LocalDate respondBy, CurrentUser user) {
        Objection objection = view(id, user);
        if (!access.verifies(user, objection)) {
            throw new AccessDeniedException("Only the identifying department asks for evidence");
        }
        if (objection.status() != ObjectionStatus.VERIFYING) {
            throw new ConflictException("objection.evidence.notVerifying", id);
        }
        if (note == null || note.isBlank() || respondBy == null || !respondBy.isAfter(clock.today())) {
            throw new InvalidRequestException("objection.evidence.request");
        }
        RuleSet ruleSet = ruleSets.byId(objection.ruleSetId());
        LegalDuration replyLimit = ruleSet.evidenceReplyLimit().duration();
        LocalDate latest = deadlines.lastDayFromNow(replyLimit);
        if (respondBy.isAfter(latest)) {
            throw new InvalidRequestException("objection.evidence.tooFar", replyLimit.amount(), latest);
        }
        int pauses = ruleSet.evidenceRequestsPerObjection().amount();
        if (objections.lockAndCountEvidenceRequests(id) >= pauses) {
            throw new ConflictException("objection.evidence.pauseLimit", id, pauses);
        }
        Instant dueAt = respondBy.plusDays(1).atStartOfDay(clock.zone()).toInstant();
        objections.insertEvidenceRequest(id, user.username(), clock.now(), dueAt, note.trim());
        Map<String, Object> variables = Map.of("evidenceDueAt", Date.from(dueAt));
        if (!processes.correlate(EVIDENCE_REQUESTED, objection.businessKey(), variables)) {
            throw new ConflictException("objection.evidence.notVerifying", id);
        }
        audit.record(AuditAction.DEADLINE_SUSPENDED, objection.subjectCode(), objection.businessKey(),
                "supplementary evidence requested by " + respondBy + ": " + note.trim(), null);
        return get(id);
    }

    /** The applicant supplements its evidence; the verification period counts again. */
    @Transactional
    public Objection submitEvidence(long id, String note, List<MultipartFile> evidence, CurrentUser user) {
        Objection objection = view(id, user);
        if (!access.isApplicant(user, objection)) {
            throw new NotFoundException("objection.notFound", id);
        }
        if (objection.status() != ObjectionStatus.AWAITING_EVIDENCE) {
            throw new ConflictException("objection.evidence.notRequested", id);
        }
        if (evidence.isEmpty() && (note == null || note.isBlank())) {
            throw new InvalidRequestException("objection.evidence.empty");
        }
        files.check(evidence);
        for (MultipartFile file : evidence) {
            files.store(Objection.FILE_OWNER, String.valueOf(id), "SUPPLEMENTARY_EVIDENCE", file, user.username());
        }
        if (!processes.correlate(EVIDENCE_RECEIVED, objection.businessKey(),
                Map.of("supplementaryNote", note == null ? "" : note.trim()))) {
            throw new ConflictException("objection.evidence.notRequested", id);
        }
        audit.record(AuditAction.STATE_CHANGED, objection.subjectCode(), objection.businessKey(),
                "supplementary evidence received: " + evidence.size() + " file(s)", null);
        return get(id);
    }

    Objection get(long id) {
        return objections.find(id).orElseThrow(() -> new NotFoundException("objection.notFound", id));
    }

    private static Map<String, Object> variables(long id, Objection objection, Listing listing) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("caseId", String.valueOf(id));
        variables.put("caseType", CaseType.OBJECTION.name());
        variables.put("ruleSetId", objection.ruleSetId());
        variables.put("departmentCode", listing.departmentCode());
        variables.put("subjectCode", listing.subjectCode());
        variables.put("listingId", String.valueOf(listing.id()));
        variables.put("listingCaseId", String.valueOf(listing.caseId()));
        return variables;
    }
}
