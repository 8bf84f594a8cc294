#include "lsp_worker.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "strv.h"
#include "timer.h"

enum { STOP_WAIT_MS = 1000 };

void tl_worker_init(tl_worker *w, char **argv) {
    memset(w, 0, sizeof *w);
    w->argv = argv;
    w->child.to_fd = w->child.from_fd = -1;
    tl_outbuf_init(&w->to, -1);
    w->next_id = 1;
}

static bool start(tl_worker *w) {
    if (!tl_child_start(&w->child, w->argv)) {
        fprintf(stderr, "threadlint-clangd: error: cannot start the analysis worker '%s': %s\n",
                w->argv[0], strerror(errno));
        return false;
    }
    tl_outbuf_close(&w->to);
    tl_outbuf_init(&w->to, w->child.to_fd);
    w->line_len = 0;
    return true;
}

bool tl_worker_prestart(tl_worker *w) { return w->child.pid != 0 || start(w); }

bool tl_worker_send(tl_worker *w, json_t *request, const char *uri, unsigned long revision,
                    double timeout_seconds) {
    if (w->child.pid == 0 && !start(w))
        return false;
    w->id = w->next_id++;
    json_object_set_new(request, "id", json_integer(w->id));
    char *line = json_dumps(request, JSON_COMPACT);
    if (!line)
        return false;
    tl_outbuf_append(&w->to, line, strlen(line));
    tl_outbuf_append(&w->to, "\n", 1);
    tl_outbuf_flush(&w->to);
    free(line);
    free(w->uri);
    w->uri = tl_xstrdup(uri);
    w->revision = revision;
    w->busy = true;
    w->started = tl_now();
    w->deadline = w->started + timeout_seconds;
    return true;
}

void tl_worker_finish_request(tl_worker *w) {
    w->busy = false;
    free(w->uri);
    w->uri = NULL;
}

/* The worker is gone: reap it and forget its pipes. */
static int reap(tl_worker *w) {
    int wstatus = 0;
    tl_outbuf_close(&w->to);
    w->child.to_fd = -1; /* closed with the outbuf */
    wstatus = tl_child_stop(&w->child, STOP_WAIT_MS);
    w->line_len = 0;
    return wstatus;
}

/* Takes one complete line from w->line, if there is one. */
static json_t *take_line(tl_worker *w) {
    char *nl = w->line_len ? memchr(w->line, '\n', w->line_len) : NULL;
    if (!nl)
        return NULL;
    size_t n = (size_t)(nl - w->line);
    json_error_t err;
    json_t *v = json_loadb(w->line, n, 0, &err);
    if (!v)
        fprintf(stderr,
                "threadlint-clangd: error: unreadable answer from the analysis worker: %s\n",
                err.text);
    memmove(w->line, nl + 1, w->line_len - n - 1);
    w->line_len -= n + 1;
    return v;
}

/* The in-flight request's answer, or NULL: a stale or foreign line is
 * dropped. */
static json_t *answer(tl_worker *w, json_t *v) {
    json_t *id = json_object_get(v, "id");
    if (w->busy && json_is_integer(id) && json_integer_value(id) == w->id)
        return v;
    json_decref(v);
    return NULL;
}

tl_worker_event tl_worker_read(tl_worker *w, json_t **response, int *wstatus) {
    *response = NULL;
    for (;;) {
        json_t *v;
        while ((v = take_line(w)))
            if ((v = answer(w, v))) {
                *response = v;
                return TL_WORKER_RESPONSE;
            }
        if (w->line_cap - w->line_len < 4096) {
            w->line_cap = w->line_cap ? w->line_cap * 2 : 64 * 1024;
            w->line = tl_xrealloc(w->line, w->line_cap);
        }
        ssize_t r = read(w->child.from_fd, w->line + w->line_len, w->line_cap - w->line_len);
        if (r > 0) {
            w->line_len += (size_t)r;
            continue;
        }
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return TL_WORKER_NOTHING;
        *wstatus = reap(w);
        return TL_WORKER_DIED;
    }
}

int tl_worker_kill(tl_worker *w) {
    if (w->child.pid > 0)
        kill(w->child.pid, SIGKILL);
    return reap(w);
}

void tl_worker_stop(tl_worker *w) {
    if (w->child.pid > 0)
        reap(w);
    tl_worker_finish_request(w);
    tl_outbuf_close(&w->to);
    free(w->line);
    w->line = NULL;
    w->line_len = w->line_cap = 0;
}
