package org.xinyong.workflow.admin.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyong.workflow.admin.AdminRefusal;
import org.xinyong.workflow.admin.measures.MeasureAdministration;
import org.xinyong.workflow.admin.measures.MeasureAdministration.CatalogueEntry;
import org.xinyong.workflow.admin.measures.MeasureForm;
import org.xinyong.workflow.admin.measures.MeasureValidator;
import org.xinyong.workflow.admin.web.UserPagesController.Choice;
import org.xinyong.workflow.reference.Departments;
import org.xinyong.workflow.reference.MeasureDomain;
import org.xinyong.workflow.reference.SanctionMeasure;
import org.xinyong.workflow.work.web.Flash;
import org.xinyong.workflow.work.web.WorkMessages;

/** The sanction measure catalogue ({@code /admin/measures}): list, add, edit, deactivate and reactivate. */
@Controller
@RequestMapping("/admin/measures")
public class MeasurePagesController {

    private final MeasureAdministration measures;
    private final MeasureValidator validator;
    private final Departments departments;
    private final WorkMessages messages;

    public MeasurePagesController(MeasureAdministration measures, MeasureValidator validator,
                                  Departments departments, WorkMessages messages) {
        this.measures = measures;
        this.validator = validator;
        this.departments = departments;
        this.messages = messages;
    }

    @GetMapping
    public String list(Model model) {
        model.addAttribute("entries", measures.entries());
        return "admin/measures";
    }

    @GetMapping("/new")
    public String newMeasure(Model model) {
        model.addAttribute("measure", new MeasureForm());
        return formPage(null, model);
    }

    @PostMapping
    public String add(@ModelAttribute("measure") MeasureForm form, BindingResult errors, Model model,
                      RedirectAttributes redirect) {
        Optional<SanctionMeasure> measure = validator.validate(form, true, errors);
        if (measure.isPresent()) {
            try {
                measures.add(measure.get());
                Flash.success(redirect, messages.get("admin.measures.added", measure.get().code()));
                return "redirect:/admin/measures";
            } catch (AdminRefusal refusal) {
                AdminPages.reject(errors, refusal);
            }
        }
        return formPage(null, model);
    }

    @GetMapping("/{code}")
    public String edit(@PathVariable String code, Model model) {
        CatalogueEntry entry = measures.entry(code);
        model.addAttribute("measure", MeasureForm.of(entry.measure()));
        return formPage(entry, model);
    }

    @PostMapping("/{code}")
    public String change(@PathVariable String code, @ModelAttribute("measure") MeasureForm form,
                         BindingResult errors, Model model, RedirectAttributes redirect) {
        CatalogueEntry entry = measures.entry(code);
        form.setCode(code);
        Optional<SanctionMeasure> measure = validator.validate(form, false, errors);
        if (measure.isEmpty()) {
            return formPage(entry, model);
        }
        measures.change(measure.get());
        Flash.success(redirect, messages.get("admin.measures.changed", code));
        return "redirect:/admin/measures/" + code;
    }

    @PostMapping("/{code}/deactivate")
    public String deactivate(@PathVariable String code, RedirectAttributes redirect) {
        measures.deactivate(code);
        Flash.success(redirect, messages.get("admin.measures.deactivated", code));
        return "redirect:/admin/measures/" + code;
    }

    @PostMapping("/{code}/reactivate")
    public String reactivate(@PathVariable String code, RedirectAttributes redirect) {
        measures.reactivate(code);
        Flash.success(redirect, messages.get("admin.measures.reactivated", code));
        return "redirect:/admin/measures/" + code;
    }

    private String formPage(CatalogueEntry entry, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("entry", entry);
        model.addAttribute("domains", Arrays.asList(MeasureDomain.values()));
        model.addAttribute("departments", departments.all().stream()
                .map(department -> new Choice(department.code(), department.name(locale))).toList());
        return "admin/measure";
    }
}
