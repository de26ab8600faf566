package org.xinyong.workflow.web;

/**
 * The one JSON error body of the REST API (API.md "Errors"): a stable machine code and a readable message in the
 * request's language. Never carries a stack trace.
 */
public record ApiError(String error, String message) {
}
