package org.xinyong.workflow.reference;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/** API.md {@code GET /measures?domain=} and {@code GET /departments}. */
@SpringBootTest
@AutoConfigureMockMvc(addFilters = false)
class ReferenceControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void domainFilterReturnsThatDomainAndTheGeneralMeasures() throws Exception {
        mvc.perform(get("/api/v1/measures").param("domain", "LIFE_HEALTH").header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].domain", everyItem(in(List.of("LIFE_HEALTH", "ALL")))))
                .andExpect(jsonPath("$[*].code", hasItem("M-FOOD-LICENCE-BAN")))
                .andExpect(jsonPath("$[*].code", hasItem("M-PROCUREMENT-BAN")))
                .andExpect(jsonPath("$[*].code", not(hasItem("M-TAX-CREDIT-D"))))
                .andExpect(jsonPath("$[?(@.code == 'M-FOOD-LICENCE-BAN')].mandatory").value(true))
                .andExpect(jsonPath("$[?(@.code == 'M-FOOD-LICENCE-BAN')].legalBasis")
                        .value("《中华人民共和国食品安全法》第一百三十五条"));
    }

    @Test
    void titleFollowsTheRequestLanguage() throws Exception {
        mvc.perform(get("/api/v1/measures").header("Accept-Language", "zh-CN"))
                .andExpect(jsonPath("$[?(@.code == 'M-PROCUREMENT-BAN')].title").value("依法限制参加政府采购活动"));
        mvc.perform(get("/api/v1/measures").header("Accept-Language", "en"))
                .andExpect(jsonPath("$[?(@.code == 'M-PROCUREMENT-BAN')].title")
                        .value("Excluded from government procurement"));
    }

    @Test
    void withoutDomainTheWholeCatalogueIsListed() throws Exception {
        mvc.perform(get("/api/v1/measures"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].domain", hasItem("MARKET_ORDER")))
                .andExpect(jsonPath("$[*].domain", hasItem("NATIONAL_DEFENCE")));
    }

    @Test
    void unknownDomainIsAnInvalidRequest() throws Exception {
        mvc.perform(get("/api/v1/measures").param("domain", "SPORTS").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_request"))
                .andExpect(jsonPath("$.message").value("Unknown domain \"SPORTS\". Use LIFE_HEALTH, MARKET_ORDER, "
                        + "LEGAL_OBLIGATION, NATIONAL_DEFENCE or ALL."));
    }

    @Test
    void departmentsAreNamedInTheRequestLanguage() throws Exception {
        mvc.perform(get("/api/v1/departments").header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'tax')].name").value("税务局"))
                .andExpect(jsonPath("$[?(@.code == 'credit-office')].kind").value("CREDIT_OFFICE"));
        mvc.perform(get("/api/v1/departments").header("Accept-Language", "en"))
                .andExpect(jsonPath("$[?(@.code == 'tax')].name").value("Taxation Bureau"));
    }
}
