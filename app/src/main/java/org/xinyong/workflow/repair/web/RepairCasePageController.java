package org.xinyong.workflow.repair.web;

import org.xinyong.workflow.work.web.TaskRows;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.repair.Repair;
import org.xinyong.workflow.repair.Repairs;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.security.CurrentUsers;
import org.xinyong.workflow.uploads.UploadedFile;
import org.xinyong.workflow.uploads.UploadedFiles;
import org.xinyong.workflow.errors.NotFoundException;
import org.xinyong.workflow.cases.CaseRef;
import org.xinyong.workflow.work.CaseTasks;
import org.xinyong.workflow.work.web.OpenTask;

/**
 * A credit repair's page ({@code /work/cases/REPAIR/{id}}): the application and its materials, the listing it
 * concerns, the rectification period, progress reports, documents, open tasks and timeline; and the download of a
 * material. {@code Repairs.view} decides who may see it (another department's repair is "not found") and logs the
 * view.
 */
@Controller
public class RepairCasePageController {

    static final String PAGE = "/work/cases/REPAIR/";

    private final Repairs repairs;
    private final RepairCaseDetailsReader details;
    private final UploadedFiles files;
    private final CaseTasks tasks;
    private final TaskRows rows;
    private final CurrentUsers users;

    public RepairCasePageController(Repairs repairs, RepairCaseDetailsReader details, UploadedFiles files,
                                    CaseTasks tasks, TaskRows rows, CurrentUsers users) {
        this.repairs = repairs;
        this.details = details;
        this.files = files;
        this.tasks = tasks;
        this.rows = rows;
        this.users = users;
    }

    @GetMapping(PAGE + "{id}")
    public String show(@PathVariable long id, Model model) {
        CurrentUser user = users.require();
        Repair repair = repairs.view(id, user);
        List<OpenTask> open = tasks.openOf(new CaseRef(CaseType.REPAIR, String.valueOf(id))).stream()
                .map(task -> new OpenTask(rows.of(task, user), tasks.isWorkableBy(task.id(), user)))
                .toList();
        model.addAttribute("repair", details.of(repair));
        model.addAttribute("openTasks", open);
        return "work/case-repair";
    }

    /** A material of the application, for those who may see the repair; a file of another case is "not found". */
    @GetMapping(PAGE + "{id}/files/{fileId}")
    public ResponseEntity<byte[]> material(@PathVariable long id, @PathVariable long fileId) {
        Repair repair = repairs.view(id, users.require());
        UploadedFile file = files.find(fileId)
                .filter(found -> found.ownerType().equals(Repair.FILE_OWNER)
                        && found.ownerId().equals(String.valueOf(repair.id())))
                .orElseThrow(() -> new NotFoundException("repair.notFound", id));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.filename(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(file.contentType()))
                .cacheControl(CacheControl.noStore())
                .body(files.content(fileId));
    }
}
