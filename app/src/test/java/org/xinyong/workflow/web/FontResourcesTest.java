package org.xinyong.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 19.14: the Chinese web font is served by the application itself, to anyone, and the pages use it. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class FontResourcesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void fontIsServedToAnyoneAndCachedAndTheStylesheetFallsBackToIt() throws Exception {
        byte[] font = mvc.perform(get("/fonts/NotoSansSC-Regular-GB2312.ttf"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("max-age=31536000")))
                .andReturn().getResponse().getContentAsByteArray();
        // a TrueType file: version 1.0 in its first four bytes, and the whole subset (about 2.4 MB)
        assertThat(font).startsWith(0, 1, 0, 0);
        assertThat(font.length).isGreaterThan(1_000_000);

        String css = mvc.perform(get("/css/app.css")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(css).contains("url(\"/fonts/NotoSansSC-Regular-GB2312.ttf\")", "\"Xinyong Noto Sans SC\", system-ui");
    }
}
