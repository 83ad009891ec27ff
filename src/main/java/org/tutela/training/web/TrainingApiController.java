package org.tutela.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tutela.directory.CurrentUser;
import org.tutela.documents.Document;
import org.tutela.documents.DocumentPurpose;
import org.tutela.documents.Upload;
import org.tutela.shared.Downloads;
import org.tutela.training.AttendeeData;
import org.tutela.training.ReviewData;
import org.tutela.training.Training;
import org.tutela.training.TrainingData;
import org.tutela.training.TrainingPdfs;
import org.tutela.training.Trainings;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Trainings", description = "The BAS's trainings (C.1.2): materials approved by the contract manager 30 "
        + "days ahead, attendees and documentation (C.2.5.4)")
class TrainingApiController {

    private final Trainings trainings;
    private final TrainingPdfs pdfs;

    TrainingApiController(Trainings trainings, TrainingPdfs pdfs) {
        this.trainings = trainings;
        this.pdfs = pdfs;
    }

    @GetMapping("/trainings")
    @Operation(summary = "The trainings you may see (your provider's, or your region's for contract managers and "
            + "program leaders), from a day on when 'from' is given, soonest first")
    Map<String, List<Training>> list(@AuthenticationPrincipal CurrentUser user,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                     LocalDate from) {
        return Map.of("items", trainings.list(user, from));
    }

    @PostMapping("/trainings")
    @Operation(summary = "Plan a training (BAS): at least 45 minutes; its materials are due 30 days before it")
    ResponseEntity<Training> create(@AuthenticationPrincipal CurrentUser user, @RequestBody TrainingData request) {
        UUID id = trainings.create(user, request);
        return ResponseEntity.created(URI.create("/api/v1/trainings/" + id)).body(trainings.get(user, id));
    }

    @GetMapping("/trainings/{id}")
    @Operation(summary = "A training with its materials' due date and state, exceptions, and why it does not count "
            + "for the report when it does not")
    Training get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return trainings.get(user, id);
    }

    @PostMapping("/trainings/{id}/submission")
    @Operation(summary = "Submit the training's materials to the contract manager (BAS); after the due date the "
            + "submission is marked late, a contract exception")
    Training submit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        trainings.submit(user, id);
        return trainings.get(user, id);
    }

    @PostMapping("/trainings/{id}/review")
    @Operation(summary = "Approve or return the materials (contract manager): {\"decision\":\"APPROVED\"|\"RETURNED\","
            + "\"comment\"}; a return needs a comment")
    Training review(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                    @RequestBody ReviewData request) {
        trainings.review(user, id, request);
        return trainings.get(user, id);
    }

    @PostMapping("/trainings/{id}/attendees")
    @Operation(summary = "Record an attendee as the sign-in sheet or roll shows them (BAS)")
    ResponseEntity<Training.Attendee> attend(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                                             @RequestBody AttendeeData request) {
        UUID attendeeId = trainings.addAttendee(user, id, request);
        Training.Attendee a = trainings.get(user, id).attendees().stream().filter(x -> x.id().equals(attendeeId))
                .findFirst().orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/trainings/" + id)).body(a);
    }

    @PostMapping(value = "/trainings/{id}/documents", consumes = MediaType.APPLICATION_JSON_VALUE)
    @io.swagger.v3.oas.annotations.Hidden
    ResponseEntity<Document> documentAsJson(@PathVariable UUID id) {
        // a file comes as multipart/form-data; a JSON body (an id's check aside) is a clear 400, not a 415 page
        throw new org.tutela.shared.InvalidInput("file", "invalid.file.multipart");
    }

    @PostMapping(value = "/trainings/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Keep a file of the training (BAS): 'purpose' TRAINING_MATERIALS (PDF, Word, PowerPoint, "
            + "PNG or JPEG), AGENDA, SIGN_IN_SHEET or ONLINE_ROLL (PDF, PNG or JPEG), and part 'file' (at most 20 MB; "
            + "the type is read from the content); 'amendmentReason' when the training's quarter has a submitted STOP BAS report")
    ResponseEntity<Document> document(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                                      @RequestParam DocumentPurpose purpose,
                                      @RequestPart(value = "file", required = false) MultipartFile file,
                                      @RequestParam(required = false) String amendmentReason) {
        UUID documentId = trainings.addDocument(user, id, purpose, Upload.of(file).orElse(null),
                org.tutela.shared.SubmittedPeriods.AmendmentReason.parse(amendmentReason));
        Document d = trainings.get(user, id).documents().stream().filter(x -> x.id().equals(documentId))
                .findFirst().orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/documents/" + documentId)).body(d);
    }

    @GetMapping("/trainings/{id}/agenda.pdf")
    @Operation(summary = "The training's agenda, made from the record (C.2.5.4.1)")
    ResponseEntity<byte[]> agenda(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        Training t = trainings.get(user, id);
        return Downloads.attachment("agenda.pdf", MediaType.APPLICATION_PDF_VALUE, pdfs.agenda(t));
    }

    @GetMapping("/trainings/{id}/sign-in-sheet.pdf")
    @Operation(summary = "The training's titled sign-in sheet to print (C.2.5.4.3)")
    ResponseEntity<byte[]> signInSheet(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        Training t = trainings.get(user, id);
        return Downloads.attachment("sign-in-sheet.pdf", MediaType.APPLICATION_PDF_VALUE, pdfs.signInSheet(t));
    }
}
