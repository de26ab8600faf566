package org.xinyong.workflow.validation;

import org.xinyong.workflow.errors.InvalidRequestException;

/** The one offset of a page of results: {@code page * size}, or a 400 where that leaves an int (issue 18.4). */
public final class Paging {

    private Paging() {
    }

    /** @throws InvalidRequestException {@code paging.tooFar} when the offset does not fit, e.g. page=2147483647 */
    public static int offset(int page, int size) {
        try {
            return Math.multiplyExact(Math.max(page, 0), Math.max(size, 0));
        } catch (ArithmeticException tooFar) {
            throw new InvalidRequestException("paging.tooFar", page);
        }
    }
}
