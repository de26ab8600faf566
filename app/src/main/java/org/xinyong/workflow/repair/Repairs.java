package org.xinyong.workflow.repair;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.xinyong.workflow.audit.AuditAction;
import org.xinyong.workflow.audit.AuditLog;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.engine.CaseProcesses;
import org.xinyong.workflow.listing.DishonestyRecorded;
import org.xinyong.workflow.listing.Listing;
import org.xinyong.workflow.listing.ListingCaseRepository;
import org.xinyong.workflow.listing.ListingRepository;
import org.xinyong.workflow.rules.RuleSets;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.uploads.UploadedFiles;
import org.xinyong.workflow.errors.ConflictException;
import org.xinyong.workflow.errors.InvalidRequestException;
import org.xinyong.workflow.errors.NotFoundException;

/** Applying for credit repair, following it, reporting progress (DOMAIN Lifecycle C). */
@Service
public class Repairs {

    public static final String PROCESS_KEY = "credit-repair";
    static final String NEW_VIOLATION = "RepairNewViolationRecorded";
    /** The materials of seed001 §四 14 and DOMAIN Lifecycle C.2, each a required file. */
    public static final List<String> MATERIALS = List.of("commitment", "identity", "performanceProof",
            "rectificationPlan");

    private final RepairRepository repairs;
    private final ListingRepository listings;
    private final ListingCaseRepository listingCases;
    private final UploadedFiles files;
    private final CaseProcesses processes;
    private final RuleSets ruleSets;
    private final AuditLog audit;
    private final BusinessClock clock;
    private final RepairAccess access;

    public Repairs(RepairRepository repairs, ListingRepository listings, ListingCaseRepository listingCases,
                   UploadedFiles files, CaseProcesses processes, RuleSets ruleSets, AuditLog audit,
                   BusinessClock clock, RepairAccess access) {
        this.repairs = repairs;
        this.listings = listings;
        this.listingCases = listingCases;
        this.files = files;
        this.processes = processes;
        this.ruleSets = ruleSets;
        this.audit = audit;
        this.clock = clock;
        this.access = access;
    }

    /**
     * Applies for repair of the subject's own listing. Free of charge (seed001 §四 14). Refused with 422 and the
     * reason when the record cannot be repaired, the minimum publication period has not passed, or another repair
     * of the listing is running.
     */
    @Transactional
    public Repair apply(long listingId, String statement, Map<String, MultipartFile> materials, CurrentUser user) {
        ownListing(listingId, user);
        // locked: a second application for the same listing waits here, then finds this one running
        Listing listing = listings.findForUpdate(listingId).orElseThrow();
        eligibility(listing).require();
        Map<String, MultipartFile> given = new LinkedHashMap<>();
        for (String material : MATERIALS) {
            MultipartFile file = materials.get(material);
            if (file == null || file.isEmpty()) {
                throw new InvalidRequestException("repair.material.missing", material);
            }
            given.put(material, file);
        }
        files.check(List.copyOf(given.values()));
        if (statement != null && statement.length() > 4000) {
            throw new InvalidRequestException("repair.statement.tooLong");
        }
        Instant now = clock.now();
        Repair draft = new Repair(0, listingId, listing.caseId(), listing.subjectCode(), listing.departmentCode(),
                user.username(), statement == null ? null : statement.trim(), RepairStatus.APPLIED,
                recordRuleSetId(listing), null, now, null, null, null, null);
        long id = repairs.insert(draft);
        given.forEach((material, file) -> files.store(Repair.FILE_OWNER, String.valueOf(id), material, file,
                user.username()));
        audit.record(AuditAction.REPAIR_APPLIED, listing.subjectCode(), Repair.businessKey(id),
                "repair of listing " + listingId + " applied for", null);
        repairs.attachProcess(id, processes.start(PROCESS_KEY, Repair.businessKey(id), variables(id, draft)));
        return get(id);
    }

    public Repair view(long id, CurrentUser user) {
        Repair repair = repairs.find(id).filter(found -> access.mayView(user, found))
                .orElseThrow(() -> new NotFoundException("repair.notFound", id));
        if (!user.isEnterprise()) {
            audit.record(AuditAction.SUBJECT_VIEWED, repair.subjectCode(), repair.businessKey(), "repair viewed",
                    null);
        }
        return repair;
    }

    /** The subject reports rectification progress (DOMAIN Lifecycle C.4). */
    @Transactional
    public Repair reportProgress(long id, String text, CurrentUser user) {
        Repair repair = view(id, user);
        if (!user.isEnterprise()) {
            throw new NotFoundException("repair.notFound", id);
        }
        if (repair.status() != RepairStatus.RECTIFYING) {
            throw new ConflictException("repair.progress.notRectifying", id);
        }
        if (text == null || text.isBlank() || text.length() > 4000) {
            throw new InvalidRequestException("repair.progress.text");
        }
        repairs.addProgress(id, text.trim(), user.username(), clock.now());
        return repair;
    }

    /**
     * A record of the subject identified (approved by the head) whose act falls between the application and the
     * acceptance ends the repair (seed003 §二(五)2 "自企业提出信用修复申请到调查验收期间,企业未再发生新的失信行为"), in
     * the approving transaction. An act dated before the application is no new dishonesty of the repair.
     */
    @EventListener
    public void onDishonestyRecorded(DishonestyRecorded recorded) {
        repairs.ofSubject(recorded.subjectCode()).stream()
                .filter(repair -> repair.status().endsOnNewViolation())
                .filter(repair -> !recorded.basisDate().isBefore(repair.appliedAt().atZone(clock.zone()).toLocalDate()))
                .forEach(repair -> processes.correlate(NEW_VIOLATION, repair.businessKey(),
                        Map.of("newViolationCaseId", String.valueOf(recorded.caseId()))));
    }

    /**
     * Whether the subject may apply for repair of its own listing now, and if not why (DOMAIN Lifecycle C.1); shown
     * before the application form. Another subject's listing is "not found".
     */
    public RepairEligibility eligibility(long listingId, CurrentUser user) {
        return eligibility(ownListing(listingId, user));
    }

    /** The subject's own listing; any other is "not found" (API.md "Errors"). */
    public Listing ownListing(long listingId, CurrentUser user) {
        return listings.find(listingId)
                .filter(found -> user.isEnterprise() && found.subjectCode().equals(user.subjectCode()))
                .orElseThrow(() -> new NotFoundException("listing.notFound", listingId));
    }

    /** The repairs of one of the subject's own listings, oldest first. */
    public List<Repair> ofOwnListing(long listingId, CurrentUser user) {
        return repairs.ofListing(ownListing(listingId, user).id());
    }

    /**
     * The rule set of the record the repair is about: a case keeps the set in force on the day its record was made
     * (DOMAIN.md "Rules"; issue 13 item 9), so a record of the seeds' era is repaired under the seeds' rules.
     */
    private String recordRuleSetId(Listing listing) {
        return listingCases.find(listing.caseId()).orElseThrow().ruleSetId();
    }

    private RepairEligibility eligibility(Listing listing) {
        var listingCase = listingCases.find(listing.caseId()).orElseThrow();
        String nonRepairableKind = listingCase.recordKind() != null
                && ruleSets.byId(listingCase.ruleSetId()).isNonRepairable(listingCase.recordKind())
                ? listingCase.recordKind() : null;
        boolean anotherRunning = repairs.ofListing(listing.id()).stream()
                .anyMatch(repair -> repair.status().isRunning());
        return RepairEligibility.of(listing, nonRepairableKind, anotherRunning, clock.now(), clock.zone());
    }

    Repair get(long id) {
        return repairs.find(id).orElseThrow(() -> new NotFoundException("repair.notFound", id));
    }

    private static Map<String, Object> variables(long id, Repair repair) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("caseId", String.valueOf(id));
        variables.put("caseType", CaseType.REPAIR.name());
        variables.put("ruleSetId", repair.ruleSetId());
        variables.put("departmentCode", repair.departmentCode());
        variables.put("subjectCode", repair.subjectCode());
        variables.put("listingId", String.valueOf(repair.listingId()));
        variables.put("listingCaseId", String.valueOf(repair.listingCaseId()));
        return variables;
    }
}
