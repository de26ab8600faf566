package org.xinyong.workflow.web;

import org.xinyong.workflow.errors.ConflictException;
import org.xinyong.workflow.errors.InvalidRequestException;
import org.xinyong.workflow.errors.NotFoundException;
import org.xinyong.workflow.errors.RuleViolationException;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.not;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.WebUtils;
import org.xinyong.workflow.validation.SubjectCodeHolder;
import org.xinyong.workflow.validation.SubjectType;
import org.xinyong.workflow.validation.ValidSubjectCode;

/** Every failure of a REST controller answers API.md's error body in the request's language. */
@SpringBootTest
@AutoConfigureMockMvc(addFilters = false)
@Import({ApiExceptionHandlerTest.FailingController.class, ApiExceptionHandlerTest.LayoutModel.class})
class ApiExceptionHandlerTest {

    private static final String ZH = "zh-CN";
    private static final String EN = "en";

    @Autowired
    MockMvc mvc;

    @Test
    void notFoundAnswers404InChinese() throws Exception {
        call(get("/api/test/errors/not-found"), ZH)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("not_found"))
                .andExpect(jsonPath("$.message").value("未找到请求的内容。"));
    }

    @Test
    void notFoundAnswers404InEnglish() throws Exception {
        call(get("/api/test/errors/not-found"), EN)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("not_found"))
                .andExpect(jsonPath("$.message").value("The requested item was not found."));
    }

    @Test
    void unknownMessageCodeFallsBackToTheGenericMessage() throws Exception {
        call(get("/api/test/errors/conflict"), EN)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value("conflict"))
                .andExpect(jsonPath("$.message").value(
                        "This action conflicts with the current state. Please reload and try again."));
    }

    @Test
    void ruleViolationAnswers422WithTheSpecificMessage() throws Exception {
        call(get("/api/test/errors/rule"), ZH)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.error").value("rule_violation"))
                .andExpect(jsonPath("$.message").value("统一社会信用代码第 18 位校验码错误，请核对代码。"));
    }

    @Test
    void invalidRequestMessageTakesItsArguments() throws Exception {
        call(get("/api/test/errors/invalid"), EN)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_request"))
                .andExpect(jsonPath("$.message").value("Parameter basisDate is missing."));
    }

    @Test
    void wrongCheckDigitInTheBodyNamesTheFieldInChinese() throws Exception {
        call(post("/api/test/errors/findings").contentType(MediaType.APPLICATION_JSON)
                .content(finding("ENTERPRISE", "91230400MA19XY0036")), ZH)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_request"))
                .andExpect(jsonPath("$.message").value(
                        "请求内容有误：subjectCode：统一社会信用代码第 18 位校验码错误，请核对代码。"));
    }

    @Test
    void wrongCheckDigitInTheBodyNamesTheFieldInEnglish() throws Exception {
        call(post("/api/test/errors/findings").contentType(MediaType.APPLICATION_JSON)
                .content(finding("INDIVIDUAL", "110105194912310021")), EN)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("The request has errors: subjectCode: The check character "
                        + "(last character) of the resident ID number is wrong. Please check the number."));
    }

    @Test
    void everyInvalidFieldIsListed() throws Exception {
        call(post("/api/test/errors/findings").contentType(MediaType.APPLICATION_JSON)
                .content("{\"subjectType\": \"ENTERPRISE\", \"subjectCode\": \"\", \"subjectName\": \"\"}"), EN)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(allOf(containsString("subjectCode: "),
                        containsString("subjectName: "), containsString("; "))));
    }

    @Test
    void validBodyPasses() throws Exception {
        call(post("/api/test/errors/findings").contentType(MediaType.APPLICATION_JSON)
                .content(finding("ENTERPRISE", "91410526MA3X00004Y")), EN)
                .andExpect(status().isOk());
    }

    @Test
    void malformedJsonIsAnInvalidRequest() throws Exception {
        call(post("/api/test/errors/findings").contentType(MediaType.APPLICATION_JSON).content("{\"subjectType\": "),
                ZH)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_request"))
                .andExpect(jsonPath("$.message").value("请求正文无法读取，请提交有效的 JSON。"));
    }

    @Test
    void unknownEnumValueNamesTheField() throws Exception {
        call(post("/api/test/errors/findings").contentType(MediaType.APPLICATION_JSON)
                .content(finding("COMPANY", "91410526MA3X00004Y")), EN)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("The value of field subjectType is not valid."));
    }

    @Test
    void parameterOfTheWrongTypeIsNamed() throws Exception {
        call(get("/api/test/errors/items/abc"), EN)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("The value of parameter id is not valid."));
    }

    @Test
    void missingParameterIsNamed() throws Exception {
        call(get("/api/test/errors/page"), ZH)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("缺少参数 size。"));
    }

    @Test
    void constrainedParameterIsNamed() throws Exception {
        call(get("/api/test/errors/page").param("size", "500"), EN)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_request"))
                .andExpect(jsonPath("$.message").value(containsString("size: ")));
    }

    /** No handler is chosen for a wrong method: the body comes from the /error path (see ErrorPageControllerTest). */
    @Test
    void unsupportedMethodKeeps405AndTellsTheAllowedOnes() throws Exception {
        call(delete("/api/test/errors/not-found"), EN)
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", containsString("GET")));
    }

    @Test
    void unsupportedContentTypeAnswers415() throws Exception {
        call(post("/api/test/errors/findings").contentType(MediaType.TEXT_PLAIN).content("hello"), ZH)
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.error").value("unsupported_media_type"))
                .andExpect(jsonPath("$.message").value(containsString("text/plain")));
    }

    /** The body comes from the /error dispatch (ErrorPagesIT); here: the status and the cause it is handed. */
    @Test
    void uploadTooLargeIsHandedToTheErrorPathAs413() throws Exception {
        call(get("/api/test/errors/upload"), EN)
                .andExpect(status().isPayloadTooLarge())
                .andExpect(request().attribute(WebUtils.ERROR_EXCEPTION_ATTRIBUTE,
                        instanceOf(MaxUploadSizeExceededException.class)));
    }

    @Test
    @WithMockUser(username = "amr")
    void signedInUserDeniedAnswers403() throws Exception {
        call(get("/api/test/errors/denied"), ZH)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("forbidden"))
                .andExpect(jsonPath("$.message").value("您无权执行此操作。"));
    }

    @Test
    void anonymousDenialIsLeftToSpringSecurity() {
        assertThatThrownBy(() -> mvc.perform(get("/api/test/errors/denied")))
                .hasRootCauseInstanceOf(AccessDeniedException.class);
    }

    @Test
    void responseStatusExceptionKeepsItsStatusWithTheMatchingCode() throws Exception {
        call(get("/api/test/errors/status/409"), EN)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value("conflict"));
        call(get("/api/test/errors/status/410"), EN)
                .andExpect(status().isGone())
                .andExpect(jsonPath("$.error").value("invalid_request"));
        call(get("/api/test/errors/status/401"), EN)
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("unauthorized"))
                .andExpect(jsonPath("$.message").value("Please sign in first."));
    }

    @Test
    void unexpectedFailureAnswers500WithoutItsDetail() throws Exception {
        call(get("/api/test/errors/boom"), ZH)
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.error").value("internal_error"))
                .andExpect(jsonPath("$.message").value(allOf(containsString("错误编号"),
                        not(containsString("secret")), not(containsString("Exception")))))
                .andExpect(jsonPath("$.trace").doesNotExist());
    }

    @Test
    void domainExceptionWrappedByAnotherLayerIsAnsweredAsItself() throws Exception {
        call(get("/api/test/errors/wrapped"), EN)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.error").value("rule_violation"))
                .andExpect(jsonPath("$.message").value("The conditions for this action are not met."));
    }

    private ResultActions call(MockHttpServletRequestBuilder request, String language) throws Exception {
        return mvc.perform(request.header("Accept-Language", language).accept(MediaType.APPLICATION_JSON));
    }

    private static String finding(String type, String code) {
        return "{\"subjectType\": \"" + type + "\", \"subjectCode\": \"" + code + "\", \"subjectName\": \"某公司\"}";
    }

    @ValidSubjectCode
    record Finding(@NotNull SubjectType subjectType, @NotBlank String subjectCode, @NotBlank String subjectName)
            implements SubjectCodeHolder {
    }

    /** Test-only endpoints, one per failure. */
    @RestController
    @RequestMapping("/api/test/errors")
    static class FailingController {

        @GetMapping("/not-found")
        String notFound() {
            throw new NotFoundException("error.not_found");
        }

        @GetMapping("/conflict")
        String conflict() {
            throw new ConflictException("test.no.such.message", 1);
        }

        @GetMapping("/rule")
        String rule() {
            throw new RuleViolationException("validation.creditCode.checkDigit");
        }

        @GetMapping("/invalid")
        String invalid() {
            throw new InvalidRequestException("error.invalid_request.missingParameter", "basisDate");
        }

        @PostMapping("/findings")
        String record(@Valid @RequestBody Finding finding) {
            return finding.subjectCode();
        }

        @GetMapping("/items/{id}")
        String item(@PathVariable long id) {
            return Long.toString(id);
        }

        @GetMapping("/page")
        String page(@RequestParam @Max(200) int size) {
            return Integer.toString(size);
        }

        @GetMapping("/upload")
        String upload() {
            throw new MaxUploadSizeExceededException(10L * 1024 * 1024);
        }

        @GetMapping("/denied")
        String denied() {
            throw new AccessDeniedException("no");
        }

        @GetMapping("/status/{status}")
        String status(@PathVariable int status) {
            throw new ResponseStatusException(HttpStatus.valueOf(status));
        }

        @GetMapping("/wrapped")
        String wrapped() {
            throw new IllegalStateException("engine wrapper", new RuleViolationException("error.rule_violation"));
        }

        @GetMapping("/boom")
        String boom() {
            throw new IllegalStateException("secret detail of the failure");
        }
    }

    /** Like a layout's advice, adds a model attribute to every view: the error JSON must not show it. */
    @ControllerAdvice
    static class LayoutModel {

        @ModelAttribute("currentUser")
        String currentUser() {
            return "layout-user";
        }
    }
}
