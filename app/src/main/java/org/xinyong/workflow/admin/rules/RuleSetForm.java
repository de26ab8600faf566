package org.xinyong.workflow.admin.rules;

import org.springframework.web.multipart.MultipartFile;

/** A new rule set: a JSON document typed or pasted ({@code content}) or uploaded ({@code file}, which wins). */
public class RuleSetForm {

    private String content;
    private MultipartFile file;

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }
}
