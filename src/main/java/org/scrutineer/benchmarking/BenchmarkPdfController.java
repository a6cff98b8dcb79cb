package org.scrutineer.benchmarking;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The benchmarking PDFs: one indicator's charts and tables, and the spine chart. */
@Controller
class BenchmarkPdfController {
    private final BenchmarkPdfs pdfs;

    BenchmarkPdfController(BenchmarkPdfs pdfs) {
        this.pdfs = pdfs;
    }

    @GetMapping("/benchmark/indicators/{id}.pdf")
    public ResponseEntity<byte[]> indicator(@PathVariable int id) {
        return pdf(pdfs.indicator(id), "benchmark-indicator-" + id + ".pdf");
    }

    @GetMapping("/benchmark/spine.pdf")
    public ResponseEntity<byte[]> spine() {
        return pdf(pdfs.spine(), "benchmark-spine-chart.pdf");
    }

    private static ResponseEntity<byte[]> pdf(byte[] pdf, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(pdf);
    }
}
