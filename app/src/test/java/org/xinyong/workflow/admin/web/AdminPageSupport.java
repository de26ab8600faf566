package org.xinyong.workflow.admin.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.xinyong.workflow.audit.AuditEntry;
import org.xinyong.workflow.audit.AuditTrail;
import org.xinyong.workflow.security.AppUserDetailsService;

/** What the administration page tests share: accounts, form posts as admin, re-shown forms, audit rows. */
abstract class AdminPageSupport {

    @Autowired
    MockMvc mvc;
    @Autowired
    AppUserDetailsService people;
    @Autowired
    AuditTrail auditTrail;

    UserDetails account(String username) {
        return people.loadUserByUsername(username);
    }

    /** A POST as admin with a CSRF token; list values (checkboxes) are sent as repeated parameters. */
    MockHttpServletRequestBuilder postAsAdmin(String path, Map<String, ?> form) {
        MockHttpServletRequestBuilder request = post(path).with(user(account("admin"))).with(csrf());
        form.forEach((name, value) -> {
            if (value instanceof List<?> values) {
                request.param(name, values.stream().map(String::valueOf).toArray(String[]::new));
            } else if (value != null) {
                request.param(name, String.valueOf(value));
            }
        });
        return request;
    }

    /** Posts a form that must come back (200) with its errors. */
    Document reshown(String path, Map<String, ?> form) throws Exception {
        return Jsoup.parse(mvc.perform(postAsAdmin(path, form)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    List<AuditEntry> auditOf(String caseRef) {
        return auditTrail.find(null, caseRef, 0, 50);
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }
}
