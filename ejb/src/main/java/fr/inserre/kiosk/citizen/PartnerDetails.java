package fr.inserre.kiosk.citizen;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What staff write about a partner in the directory form. */
public record PartnerDetails(
        @NotBlank @Size(max = Partner.NAME_MAX) String name,
        @NotNull PartnerKind kind,
        @NotBlank @Size(max = Partner.HELP_MAX) String helpWith,
        @NotBlank @Size(max = Partner.VISITS_MAX) String visitTimes) {
}
