/* Fuzz target: threadlint-clangd's LSP handling, without processes.  The
 * input is a list of records, each a channel byte, a 16-bit little-endian
 * length and that many bytes:
 *   channel 0  bytes from the editor (framed, as on threadlint-clangd's stdin)
 *   channel 1  bytes from clangd (framed, as on clangd's stdout)
 *   channel 2  a worker's findings (a JSON array, unframed) for the document
 *              opened last, published as an analysis result would be
 * What the relay writes goes to /dev/null. */
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lsp_findings.h"
#include "lsp_proxy_internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void read_frames(tl_proxy *p, tl_frame_reader *r, bool from_client) {
    tl_frame f;
    const char *why;
    tl_frame_status st;
    while ((st = tl_frame_reader_next(r, &f, &why)) != TL_FRAME_NONE) {
        if (st == TL_FRAME_DROPPED)
            continue;
        if (from_client)
            tl_proxy_from_client(p, &f);
        else
            tl_proxy_from_clangd(p, &f);
    }
}

static void worker_findings(tl_proxy *p, const uint8_t *data, size_t n) {
    if (p->docs.n == 0)
        return;
    tl_doc *d = p->docs.items[p->docs.n - 1];
    json_t *findings = json_loadb((const char *)data, n, JSON_DECODE_ANY, NULL);
    if (!findings)
        return;
    tl_lsp_context cx = {&p->docs, p->encoding, "file:///docs/rules/"};
    json_t *diags, *fixes;
    tl_lsp_convert_findings(findings, d, &cx, &diags, &fixes);
    tl_doc_set_findings(d, diags, fixes);
    tl_proxy_publish(p, d, NULL);
    json_decref(findings);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    int sink = open("/dev/null", O_WRONLY);
    if (sink < 0)
        return 0;
    tl_clangd_options opts = {.debounce_ms = 100, .analysis_timeout_ms = 1000,
                              .shutdown_timeout_ms = 1000};
    tl_proxy_setup setup = {&opts, NULL, NULL, "file:///docs/rules/"};
    tl_proxy p;
    memset(&p, 0, sizeof p);
    p.setup = &setup;
    p.encoding = TL_LSP_UTF16;
    tl_outbuf_init(&p.to_client, sink);
    tl_outbuf_init(&p.to_clangd, sink);
    tl_worker_init(&p.worker, NULL);

    size_t at = 0;
    while (at < size) {
        unsigned channel = data[at++] % 3;
        size_t n = 0;
        if (at + 2 <= size) {
            n = (size_t)data[at] | (size_t)data[at + 1] << 8;
            at += 2;
        }
        if (n > size - at)
            n = size - at;
        const uint8_t *chunk = data + at;
        at += n;
        if (channel == 0) {
            tl_frame_reader_append(&p.from_client, (const char *)chunk, n);
            read_frames(&p, &p.from_client, true);
        } else if (channel == 1) {
            tl_frame_reader_append(&p.from_clangd, (const char *)chunk, n);
            read_frames(&p, &p.from_clangd, false);
        } else {
            worker_findings(&p, chunk, n);
        }
    }

    tl_frame_reader_free(&p.from_client);
    tl_frame_reader_free(&p.from_clangd);
    tl_docs_free(&p.docs);
    tl_requests_free(&p.requests);
    tl_seen_free(&p.logged);
    free(p.to_client.data);
    free(p.to_clangd.data);
    free(p.worker.to.data);
    close(sink);
    return 0;
}
