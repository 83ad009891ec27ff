package org.tutela.documents.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tutela.directory.CurrentUser;
import org.tutela.documents.Download;
import org.tutela.documents.Documents;
import org.tutela.shared.Downloads;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Documents")
class DocumentApiController {

    private final Documents documents;

    DocumentApiController(Documents documents) {
        this.documents = documents;
    }

    @GetMapping("/documents/{id}")
    @Operation(summary = "A kept file (evidence, materials, agenda, sign-in sheet, roll, signed release), for those who "
            + "may see the record it belongs to; 404 otherwise")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        Download d = documents.read(user, id);
        return Downloads.attachment(d.name(), d.contentType(), d.content());
    }
}
