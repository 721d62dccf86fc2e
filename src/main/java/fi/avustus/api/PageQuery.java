package fi.avustus.api;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** Which page of a list to answer: bound from the query parameters {@code page} and {@code size}, checked. */
public record PageQuery(
        @Parameter(description = "The page, 0-based.", schema = @Schema(type = "integer", defaultValue = "0", minimum = "0",
                maximum = "" + PageQuery.MAX_PAGE))
        @Min(0) @Max(PageQuery.MAX_PAGE) Integer page,
        @Parameter(description = "Items per page, at most " + PageQuery.MAX_SIZE + ".",
                schema = @Schema(type = "integer", defaultValue = "20", minimum = "1", maximum = "100"))
        @Min(1) @Max(PageQuery.MAX_SIZE) Integer size) {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    /** The database is asked from an offset of page × size, which must stay a whole number of 32 bits. */
    static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE - 1;

    public PageQuery {
        page = page == null ? 0 : page;
        size = size == null ? DEFAULT_SIZE : size;
    }

    Pageable pageable() {
        return PageRequest.of(page, size);
    }
}
