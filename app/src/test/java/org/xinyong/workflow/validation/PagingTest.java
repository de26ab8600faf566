package org.xinyong.workflow.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.xinyong.workflow.errors.InvalidRequestException;

class PagingTest {

    @Test
    void offsetIsPageTimesSize() {
        assertThat(Paging.offset(0, 50)).isZero();
        assertThat(Paging.offset(3, 50)).isEqualTo(150);
        assertThat(Paging.offset(-1, 50)).as("a negative page is the first").isZero();
    }

    /** Issue 18.4: page=2147483647 overflowed into a negative offset and a 500. */
    @Test
    void offsetBeyondAnIntIsA400() {
        assertThatThrownBy(() -> Paging.offset(Integer.MAX_VALUE, 50))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        refused -> assertThat(refused.messageCode()).isEqualTo("paging.tooFar"));
    }
}
