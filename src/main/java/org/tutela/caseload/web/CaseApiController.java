package org.tutela.caseload.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tutela.caseload.CaseData;
import org.tutela.caseload.CaseFilter;
import org.tutela.caseload.CaseManagement;
import org.tutela.caseload.CaseSummary;
import org.tutela.caseload.CaseView;
import org.tutela.caseload.Maltreatment;
import org.tutela.caseload.PersonData;
import org.tutela.directory.CurrentUser;
import org.tutela.shared.ETags;
import org.tutela.shared.JsonPatches;
import org.tutela.shared.PageOf;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Cases", description = "Cases and the people in them")
class CaseApiController {

    private final CaseManagement cases;
    private final JsonPatches patches;

    CaseApiController(CaseManagement cases, JsonPatches patches) {
        this.cases = cases;
        this.patches = patches;
    }

    @GetMapping("/cases")
    @Operation(summary = "Search the cases you may see by case number, person name or maltreatment")
    PageOf<CaseSummary> search(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q,
                               @RequestParam(required = false) Maltreatment maltreatment,
                               @Parameter(description = "only the cases assigned to this user")
                               @RequestParam(required = false) UUID worker,
                               @Parameter(description = "true: only the cases nobody is assigned to")
                               @RequestParam(required = false) Boolean unassigned,
                               @Parameter(description = "true: only the cases not closed")
                               @RequestParam(required = false) Boolean open,
                               @RequestParam(required = false) Integer page,
                               @RequestParam(required = false) Integer size) {
        return cases.search(user, new CaseFilter(q, maltreatment, worker, Boolean.TRUE.equals(unassigned),
                Boolean.TRUE.equals(open)), PageOf.page(page), PageOf.size(size, 20));
    }

    @PostMapping("/cases")
    @Operation(summary = "Open a case (CPIs and supervisors)")
    ResponseEntity<CaseResponse> create(@AuthenticationPrincipal CurrentUser user, @RequestBody CaseData request) {
        UUID id = cases.create(user, request);
        CaseView view = cases.get(user, id);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id)).eTag(ETags.of(view.version()))
                .body(CaseResponse.of(view));
    }

    @GetMapping("/cases/{id}")
    @Operation(summary = "A case with its people; protected fields only where your role may see them")
    ResponseEntity<CaseResponse> get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        CaseView view = cases.get(user, id);
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(CaseResponse.of(view));
    }

    @PatchMapping(value = "/cases/{id}", consumes = {"application/json", "application/merge-patch+json"})
    @Operation(summary = "Change a case (JSON merge patch); send If-Match or a version field to catch concurrent edits",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = CaseData.class))))
    ResponseEntity<CaseResponse> patch(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                                       @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                       @RequestBody JsonNode body) {
        JsonPatches.Patched<CaseData> patched = patches.apply(cases.caseData(user, id), body, CaseData.class, ifMatch);
        cases.update(user, id, patched.value(), patched.expectedVersion(), patched.precondition());
        CaseView view = cases.get(user, id);
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(CaseResponse.of(view));
    }

    @PostMapping("/cases/{id}/people")
    @Operation(summary = "Add a person to a case. The BAS sees a perpetrator's contact fields, except those that "
            + "match the contact details of someone protected in the case (a household they share, say).")
    ResponseEntity<PersonResponse> addPerson(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                                             @RequestBody PersonData request) {
        UUID personId = cases.addPerson(user, id, request);
        PersonResponse person = PersonResponse.of(cases.person(user, personId));
        return ResponseEntity.created(URI.create("/api/v1/people/" + personId)).eTag(ETags.of(person.version()))
                .body(person);
    }

    @GetMapping("/people/{id}")
    @Operation(summary = "A person; protected fields only where your role may see them")
    ResponseEntity<PersonResponse> person(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        PersonResponse person = PersonResponse.of(cases.person(user, id));
        return ResponseEntity.ok().eTag(ETags.of(person.version())).body(person);
    }

    @PatchMapping(value = "/people/{id}", consumes = {"application/json", "application/merge-patch+json"})
    @Operation(summary = "Change a person (JSON merge patch); send If-Match or a version field to catch concurrent "
            + "edits. A role change that would show the person's contact fields to the BAS (to PERPETRATOR) is refused "
            + "unless a supervisor sends confirmWiderDisclosure: true, having read who will then see them.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = PersonData.class))))
    ResponseEntity<PersonResponse> patchPerson(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                                               @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                               @RequestBody JsonNode body) {
        JsonPatches.Patched<PersonData> patched = patches.apply(cases.personData(user, id), body, PersonData.class,
                ifMatch);
        cases.updatePerson(user, id, patched.value(), patched.expectedVersion(), patched.precondition());
        PersonResponse person = PersonResponse.of(cases.person(user, id));
        return ResponseEntity.ok().eTag(ETags.of(person.version())).body(person);
    }
}
