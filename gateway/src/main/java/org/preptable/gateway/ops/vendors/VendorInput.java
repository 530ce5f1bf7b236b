package org.preptable.gateway.ops.vendors;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.preptable.gateway.http.ApiError;

/** {@code {"name", "contact_name", "email", "phone", "notes"}}: a full replacement on update. */
public record VendorInput(@JsonProperty("name") String name, @JsonProperty("contact_name") String contactName,
                          @JsonProperty("email") String email, @JsonProperty("phone") String phone,
                          @JsonProperty("notes") String notes) {

    public VendorInput validated() {
        if (name == null || name.isBlank()) {
            throw ApiError.badRequest("name is required");
        }
        String cleanName = name.trim();
        if (cleanName.length() > 200) {
            throw ApiError.badRequest("name must be at most 200 characters");
        }
        String cleanEmail = optional(email, "email", 254);
        // A loose check: the address is for people to read and write to, not for the gateway to send mail to.
        if (cleanEmail != null && !cleanEmail.matches("[^@\\s]+@[^@\\s]+")) {
            throw ApiError.badRequest("email must look like name@example.com, got: " + cleanEmail);
        }
        return new VendorInput(cleanName, optional(contactName, "contact_name", 200), cleanEmail,
                optional(phone, "phone", 50), optional(notes, "notes", 2000));
    }

    private static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > max) {
            throw ApiError.badRequest(field + " must be at most " + max + " characters");
        }
        return trimmed;
    }
}
