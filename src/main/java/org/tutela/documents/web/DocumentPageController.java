package org.tutela.documents.web;

import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tutela.directory.CurrentUser;
import org.tutela.documents.Download;
import org.tutela.documents.Documents;
import org.tutela.shared.Downloads;

/** A kept file, downloaded from the page of the record it belongs to. */
@Controller
class DocumentPageController {

    private final Documents documents;

    DocumentPageController(Documents documents) {
        this.documents = documents;
    }

    @GetMapping("/documents/{id}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        Download d = documents.read(me, id);
        return Downloads.attachment(d.name(), d.contentType(), d.content());
    }
}
