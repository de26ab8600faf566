package org.xinyong.workflow.publication;

import java.util.List;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * API.md {@code GET /public/listings?q=}, and the corrections that go with it ({@code GET /public/corrections}):
 * open to anyone.
 */
@RestController
@Validated
@RequestMapping("/api/v1/public")
public class PublicListController {

    private final PublicList publicList;

    public PublicListController(PublicList publicList) {
        this.publicList = publicList;
    }

    @GetMapping("/listings")
    public List<PublicList.Entry> search(@RequestParam(required = false) @Size(max = 100) String q,
                                         @RequestParam(defaultValue = "0") @Min(0) int page,
                                         @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return publicList.search(q, page, size);
    }

    @GetMapping("/corrections")
    public List<PublicList.Correction> corrections(@RequestParam(defaultValue = "0") @Min(0) int page,
                                                   @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return publicList.corrections(page, size);
    }
}
