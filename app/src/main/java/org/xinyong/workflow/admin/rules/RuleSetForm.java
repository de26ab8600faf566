package org.xinyong.workflow.admin.rules;

import org.springframework.web.multipart.MultipartFile;

/** A new rule set: a JSON document typed or pasted ({@code content}) or uploaded ({@code file}, which wins). */
public class RuleSetForm {

    private String content;
    private MultipartFile file;
    private boolean confirmed;

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    /** Set by the "confirm" button of the preview: a rule set is stored only after the administrator saw it. */
    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }
}
