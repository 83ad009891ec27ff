package org.tutela.caseload;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A postal address: a protected contact field. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Address(@Size(max = 200) String line1, @Size(max = 200) String line2, @Size(max = 100) String city,
                      @Size(max = 40) String state,
                      @Pattern(regexp = "[0-9]{5}(-[0-9]{4})?", message = "{invalid.zip}") String postalCode) {

    boolean isEmpty() {
        return blank(line1) && blank(line2) && blank(city) && blank(state) && blank(postalCode);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public String toString() {
        return java.util.stream.Stream.of(line1, line2, city, state, postalCode)
                .filter(s -> s != null && !s.isBlank()).collect(java.util.stream.Collectors.joining(", "));
    }
}
