package fi.avustus.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/**
 * One page of a list: every list of the API answers in this shape.
 *
 * @param page       0-based
 * @param totalItems items on all pages together
 */
@Schema(description = "One page of a list.")
public record ApiPage<T>(
        @Schema(description = "The items of this page.", requiredMode = Schema.RequiredMode.REQUIRED) List<T> items,
        @Schema(description = "The page's number, 0-based.", requiredMode = Schema.RequiredMode.REQUIRED) int page,
        @Schema(description = "Items per page, as asked.", requiredMode = Schema.RequiredMode.REQUIRED) int size,
        @Schema(description = "Items on all pages together.", requiredMode = Schema.RequiredMode.REQUIRED) long totalItems) {

    public ApiPage {
        items = List.copyOf(items);
    }

    static <S, T> ApiPage<T> of(Page<S> page, Function<S, T> mapping) {
        return new ApiPage<>(page.getContent().stream().map(mapping).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements());
    }

    /** A page cut from a list the facade gives whole (a project's few payments, the deadline registry's answer). */
    static <S, T> ApiPage<T> of(List<S> all, PageQuery query, Function<S, T> mapping) {
        int from = (int) Math.min((long) query.page() * query.size(), all.size());
        int to = Math.min(from + query.size(), all.size());
        return new ApiPage<>(all.subList(from, to).stream().map(mapping).toList(), query.page(), query.size(), all.size());
    }
}
