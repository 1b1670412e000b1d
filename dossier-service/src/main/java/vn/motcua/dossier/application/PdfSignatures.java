package vn.motcua.dossier.application;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import vn.motcua.platform.rules.Refusal;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Whether a PDF carries a digital signature, read by Apache PDFBox from the spooled file through a buffered
 * window (never loaded whole into the heap). Signed means at least one signature dictionary whose
 * {@code /Contents} holds something besides the zeros of an unfilled placeholder. Only the signature's presence is
 * read: whether it is cryptographically valid, and who signed, is not checked (there is no trust list here).
 */
final class PdfSignatures {

    private PdfSignatures() {
    }

    /**
     * @throws Refusal 422 naming {@code file} when PDFBox cannot read the bytes as a PDF, or they are encrypted with
     *                 a password: a result the applicant could not open is no result
     */
    static boolean signed(Path pdf) {
        try (RandomAccessReadBufferedFile file = new RandomAccessReadBufferedFile(pdf.toFile());
             PDDocument document = Loader.loadPDF(file)) {
            for (PDSignature signature : document.getSignatureDictionaries()) {
                if (holdsSomething(signature.getContents())) {
                    return true;
                }
            }
            return false;
        } catch (InvalidPasswordException encrypted) {
            throw Refusal.unprocessable("file", "a result must be a PDF anyone can open; this one is encrypted with a password");
        } catch (IOException | RuntimeException unreadable) {
            // a parser of uploaded bytes fails in many ways: each means the same to the officer
            throw Refusal.unprocessable("file", "a result must be a readable PDF; PDFBox cannot read this one ("
                    + unreadable.getClass().getSimpleName() + ")");
        }
    }

    private static boolean holdsSomething(byte[] contents) {
        for (byte b : contents) {
            if (b != 0) {
                return true;
            }
        }
        return false;
    }
}
