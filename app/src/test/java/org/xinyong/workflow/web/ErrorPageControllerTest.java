package org.xinyong.workflow.web;

import org.xinyong.workflow.errors.ConflictException;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The servlet container's error dispatch, simulated: MockMvc does not forward to /error by itself, so each test sets
 * the attributes the container would set. ErrorPagesIT covers the real dispatch.
 */
@SpringBootTest
@AutoConfigureMockMvc(addFilters = false)
// the same context as ApiExceptionHandlerTest (cached), with its layout-like model advice
@Import({ApiExceptionHandlerTest.FailingController.class, ApiExceptionHandlerTest.LayoutModel.class})
class ErrorPageControllerTest {

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Autowired
    MockMvc mvc;

    @Test
    void unknownApiUrlAnswersTheApiErrorEvenToABrowser() throws Exception {
        error(404, "/api/v1/nothing-here", null, BROWSER_ACCEPT, "zh-CN")
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.error").value("not_found"))
                .andExpect(jsonPath("$.message").value("未找到请求的内容。"))
                .andExpect(jsonPath("$.currentUser").doesNotExist());
    }

    @Test
    void unknownPageShowsTheFriendly404PageInChinese() throws Exception {
        error(404, "/nothing-here", null, BROWSER_ACCEPT, "zh-CN")
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(allOf(containsString("页面不存在"), containsString("返回首页"),
                        containsString("/webjars/bootstrap/css/bootstrap.min.css"), containsString("href=\"/\""))));
    }

    @Test
    void unknownPageShowsTheFriendly404PageInEnglish() throws Exception {
        error(404, "/nothing-here", null, BROWSER_ACCEPT, "en")
                .andExpect(content().string(allOf(containsString("Page not found"),
                        containsString("Back to the home page"), containsString("lang=\"en\""))));
    }

    @Test
    void forbiddenPageHasItsOwnText() throws Exception {
        error(403, "/work", null, BROWSER_ACCEPT, "zh-CN")
                .andExpect(status().isForbidden())
                .andExpect(view().name("error/403"))
                .andExpect(content().string(containsString("无权访问")));
    }

    @Test
    void otherClientErrorsShareThe4xxPage() throws Exception {
        error(400, "/portal", null, BROWSER_ACCEPT, "en")
                .andExpect(status().isBadRequest())
                .andExpect(view().name("error/4xx"))
                .andExpect(content().string(containsString("Bad request")));
    }

    @Test
    void serverErrorPageShowsAReferenceButNoDetail() throws Exception {
        error(500, "/portal", new IllegalStateException("secret detail"), BROWSER_ACCEPT, "zh-CN")
                .andExpect(status().isInternalServerError())
                .andExpect(view().name("error/5xx"))
                .andExpect(content().string(allOf(containsString("错误编号"), not(containsString("secret")),
                        not(containsString("IllegalStateException")))));
    }

    @Test
    void serverErrorUnderApiAnswersInternalErrorWithoutDetail() throws Exception {
        error(500, "/api/v1/listings", new IllegalStateException("secret detail"), null, "en")
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.error").value("internal_error"))
                .andExpect(jsonPath("$.message").value(allOf(containsString("error reference"),
                        not(containsString("secret")))));
    }

    @Test
    void clientsThatDoNotAskForHtmlGetJsonEverywhere() throws Exception {
        error(404, "/nothing-here", null, "*/*", "en")
                .andExpect(jsonPath("$.error").value("not_found"));
    }

    @Test
    void uploadRejectedBeforeAnyControllerAnswers413WithTheLimit() throws Exception {
        error(500, "/api/v1/listings/1/repairs", new MaxUploadSizeExceededException(-1), null, "zh-CN")
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.error").value("payload_too_large"))
                .andExpect(jsonPath("$.message").value("上传的文件过大，每个文件不能超过 10 MB。"));
    }

    @Test
    void uploadOverTheLimitFromAFormWithoutJavaScriptShowsTheLimitAndLeadsBackToTheForm() throws Exception {
        mvc.perform(errorRequest(500, "/portal/listings/1/objection", new MaxUploadSizeExceededException(-1),
                        BROWSER_ACCEPT, "zh-CN").header("Referer", "http://localhost/portal/listings/1/objection?x=1"))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(view().name("error/413"))
                .andExpect(content().string(allOf(containsString("上传的文件过大"),
                        containsString("每个文件不能超过 10 MB"), containsString("请返回上一页"),
                        containsString("href=\"/portal/listings/1/objection?x=1\""), containsString("返回首页"))));
    }

    @Test
    void theWayBackLeadsOnlyToThisSite() throws Exception {
        mvc.perform(errorRequest(500, "/portal/listings/1/objection", new MaxUploadSizeExceededException(-1),
                        BROWSER_ACCEPT, "en").header("Referer", "http://elsewhere.example/phish"))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().string(allOf(containsString("The file is too large"),
                        not(containsString("elsewhere.example")), not(containsString("Back to the previous page")))));
    }

    @Test
    void wrongMethodNamesTheMethod() throws Exception {
        error(405, "/api/v1/measures",
                new HttpRequestMethodNotSupportedException("DELETE", List.of(HttpMethod.GET.name())), null, "en")
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.error").value("invalid_request"))
                .andExpect(jsonPath("$.message").value("The method DELETE is not supported here."));
    }

    @Test
    void domainExceptionFromAPageControllerKeepsItsMessageForApiClients() throws Exception {
        error(409, "/api/v1/tasks/1/complete", new ConflictException("error.invalid_request.missingParameter", "x"),
                null, "en")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value("conflict"))
                .andExpect(jsonPath("$.message").value("Parameter x is missing."));
    }

    private ResultActions error(int status, String path, Exception failure, String accept, String language)
            throws Exception {
        return mvc.perform(errorRequest(status, path, failure, accept, language));
    }

    private static MockHttpServletRequestBuilder errorRequest(int status, String path, Exception failure,
                                                              String accept, String language) {
        var request = get("/error")
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, path)
                .header("Accept-Language", language);
        if (failure != null) {
            request.requestAttr(RequestDispatcher.ERROR_EXCEPTION, failure);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        return request;
    }
}
