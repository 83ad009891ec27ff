package org.tutela.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import static org.tutela.support.TestFiles.zip;

/** A file's type comes from its content, and its kept name says that type, whatever the sender called it. */
class FileTypeTests {

    @Test
    void scansAreKnownByTheirFirstBytes() {
        assertThat(FileType.of("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).contains(FileType.PDF);
        assertThat(FileType.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0})).contains(FileType.PNG);
        assertThat(FileType.of(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0})).contains(FileType.JPEG);
        assertThat(FileType.of("<html><script>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(FileType.of("%PD".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(FileType.of(new byte[0])).isEmpty();
    }

    @Test
    void officeFilesAreKnownByTheirParts() {
        assertThat(FileType.of(zip("[Content_Types].xml", "word/document.xml"))).contains(FileType.DOCX);
        assertThat(FileType.of(zip("[Content_Types].xml", "_rels/.rels", "ppt/presentation.xml"))).contains(FileType.PPTX);
        assertThat(FileType.of(zip("[Content_Types].xml", "xl/workbook.xml"))).as("not taken").isEmpty();
        assertThat(FileType.of(zip("word/document.xml"))).as("no content types: not Office").isEmpty();
        assertThat(FileType.of(zip("evil.exe"))).isEmpty();
        assertThat(FileType.of(new byte[] {'P', 'K', 3, 4, 9, 9, 9})).as("a broken ZIP").isEmpty();
    }

    @Test
    void eachPurposeTakesItsTypes() {
        assertThat(DocumentPurpose.SIGN_IN_SHEET.types()).containsExactlyInAnyOrder(FileType.PDF, FileType.PNG,
                FileType.JPEG);
        assertThat(DocumentPurpose.TRAINING_MATERIALS.types()).contains(FileType.PPTX, FileType.DOCX, FileType.PDF);
        assertThat(FileType.ofMediaType("image/png")).isEqualTo(Optional.of(FileType.PNG));
    }

    @Test
    void theKeptNameIsPlainAndEndsWithTheTypeFound() {
        assertThat(Documents.fileName("report.pdf", FileType.PDF)).isEqualTo("report.pdf");
        assertThat(Documents.fileName("C:\\scans\\Sign-in Sheet.PDF", FileType.PDF)).isEqualTo("Sign-in Sheet.PDF");
        assertThat(Documents.fileName("photo.exe", FileType.PDF)).isEqualTo("photo.exe.pdf");
        assertThat(Documents.fileName("../../etc/passwd", FileType.PNG)).isEqualTo("passwd.png");
        assertThat(Documents.fileName("scan.jpeg", FileType.JPEG)).isEqualTo("scan.jpeg");
        assertThat(Documents.fileName("évidence\u202Efdp.exe", FileType.PDF)).isEqualTo("_vidence_fdp.exe.pdf");
        assertThat(Documents.fileName(null, FileType.DOCX)).isEqualTo("document.docx");
        assertThat(Documents.fileName("..", FileType.PDF)).isEqualTo("document.pdf");
        assertThat(Documents.fileName("a".repeat(300) + ".pdf", FileType.PDF)).hasSize(200).endsWith(".pdf");
    }

}
