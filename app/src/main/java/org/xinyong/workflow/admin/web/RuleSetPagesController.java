package org.xinyong.workflow.admin.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyong.workflow.admin.AdminRefusal;
import org.xinyong.workflow.admin.rules.RuleSetAdministration;
import org.xinyong.workflow.admin.rules.RuleSetForm;
import org.xinyong.workflow.admin.rules.RuleSetSummary;
import org.xinyong.workflow.rules.RuleSet;
import org.xinyong.workflow.rules.RuleValue;
import org.xinyong.workflow.rules.Severity;
import org.xinyong.workflow.work.web.Flash;
import org.xinyong.workflow.work.web.WorkMessages;

/** Rule sets ({@code /admin/rulesets}): view each set; add a successor. There is deliberately no edit. */
@Controller
@RequestMapping("/admin/rulesets")
public class RuleSetPagesController {


    private final RuleSetAdministration ruleSets;
    private final WorkMessages messages;

    public RuleSetPagesController(RuleSetAdministration ruleSets, WorkMessages messages) {
        this.ruleSets = ruleSets;
        this.messages = messages;
    }

    @GetMapping
    public String list(Model model) {
        model.addAttribute("ruleSets", ruleSets.overview());
        return "admin/rulesets";
    }

    @GetMapping("/{id}")
    public String view(@PathVariable String id, Model model) {
        RuleSetSummary summary = ruleSets.view(id);
        model.addAttribute("summary", summary);
        model.addAttribute("values", values(summary.ruleSet()));
        model.addAttribute("severities", List.of(Severity.values()));
        model.addAttribute("document", ruleSets.document(id));
        return "admin/ruleset";
    }

    @GetMapping("/new")
    public String newRuleSet(@RequestParam(required = false) String from, Model model) {
        RuleSetForm form = new RuleSetForm();
        if (from != null && !from.isBlank()) {
            form.setContent(ruleSets.successorDraft(from));
        }
        model.addAttribute("ruleSet", form);
        return "admin/ruleset-new";
    }

    /**
     * First the document is checked and shown as it would be stored; only the preview's confirm button stores it,
     * since a rule set can never be changed or removed afterwards.
     */
    @PostMapping
    public String add(@ModelAttribute("ruleSet") RuleSetForm form, BindingResult errors, Model model,
                      RedirectAttributes redirect) {
        String document = documentOf(form);
        boolean confirmed = form.isConfirmed();
        form.setContent(document);
        form.setFile(null);
        form.setConfirmed(false);
        if (document.isBlank()) {
            errors.rejectValue("content", "admin.rulesets.error.empty");
            return "admin/ruleset-new";
        }
        try {
            if (!confirmed) {
                RuleSet preview = ruleSets.check(document);
                model.addAttribute("preview", preview);
                model.addAttribute("values", values(preview));
                model.addAttribute("severities", List.of(Severity.values()));
                return "admin/ruleset-new";
            }
            RuleSet added = ruleSets.add(document);
            Flash.success(redirect, messages.get("admin.rulesets.added", added.id(), added.effectiveFrom().toString()));
            return "redirect:/admin/rulesets/" + added.id();
        } catch (AdminRefusal refusal) {
            AdminPages.reject(errors, refusal);
            return "admin/ruleset-new";
        }
    }

    /** The single-valued durations of a rule set, in the order of the procedure. */
    static List<NamedValue> values(RuleSet set) {
        return List.of(new NamedValue("headReview", set.headReview()),
                new NamedValue("serviceLimit", set.serviceLimit()),
                new NamedValue("publicNoticeServicePeriod", set.publicNoticeServicePeriod()),
                new NamedValue("statementWindow", set.statementWindow()),
                new NamedValue("statementReply", set.statementReply()),
                new NamedValue("publicationLimit", set.publicationLimit()),
                new NamedValue("objectionAcceptance", set.objectionAcceptance()),
                new NamedValue("objectionVerification", set.objectionVerification()),
                new NamedValue("objectionSupervision", set.objectionSupervision()),
                new NamedValue("reminderRectification", set.reminderRectification()),
                new NamedValue("interviewScheduling", set.interviewScheduling()),
                new NamedValue("interviewRecord", set.interviewRecord()),
                new NamedValue("urgingPeriod", set.urgingPeriod()),
                new NamedValue("evidenceReplyLimit", set.evidenceReplyLimit()),
                new NamedValue("repairReview", set.repairReview()),
                new NamedValue("minimumRectification", set.minimumRectification()),
                new NamedValue("repairInspection", set.repairInspection()),
                new NamedValue("repairReportCheck", set.repairReportCheck()),
                new NamedValue("repairDecision", set.repairDecision()),
                new NamedValue("listingDecision", set.listingDecision()),
                new NamedValue("escalationWindow", set.escalationWindow()));
    }

    /** A value of a rule set with its name (message key admin.rulesets.value.<name>). */
    public record NamedValue(String name, RuleValue value) {
    }

    private static String documentOf(RuleSetForm form) {
        if (form.getFile() != null && !form.getFile().isEmpty()) {
            try {
                return new String(form.getFile().getBytes(), StandardCharsets.UTF_8);
            } catch (IOException unreadable) {
                return "";
            }
        }
        return form.getContent() == null ? "" : form.getContent();
    }
}
