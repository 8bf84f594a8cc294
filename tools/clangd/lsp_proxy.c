#include "lsp_proxy_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "timer.h"

enum {
    READ_CHUNK = 64 * 1024,
    CLANGD_KILL_GRACE_MS = 1000, /* after SIGTERM, before SIGKILL */
    FINAL_DRAIN_MS = 2000,       /* for the editor to take our last bytes */
    EXIT_POLL_MS = 20,           /* while clangd's output has closed */
};

static void send_json(tl_outbuf *o, json_t *message) {
    char *body = json_dumps(message, JSON_COMPACT);
    if (body) {
        tl_outbuf_append_frame(o, body, strlen(body));
        tl_outbuf_flush(o);
        free(body);
    }
    json_decref(message);
}

void tl_proxy_send_client(tl_proxy *p, json_t *message) { send_json(&p->to_client, message); }

void tl_proxy_send_clangd(tl_proxy *p, json_t *message) { send_json(&p->to_clangd, message); }

void tl_proxy_log(tl_proxy *p, int type, bool once, const char *fmt, ...) {
    char text[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    if (once && !tl_seen_add(&p->logged, text))
        return;
    static const char *const level[] = {"", "error", "warning", "info", "log"};
    fprintf(stderr, "threadlint-clangd: %s: %s\n", level[type >= 1 && type <= 4 ? type : 4], text);
    if (!p->client_eof)
        tl_proxy_send_client(p, json_pack("{s:s, s:s, s:{s:i, s:s+}}", "jsonrpc", "2.0", "method",
                                          "window/logMessage", "params", "type", type, "message",
                                          "threadlint: ", text));
}

/* The editor is gone: shut clangd down as the editor should have. */
static void client_gone(tl_proxy *p) {
    if (p->client_eof)
        return;
    p->client_eof = true;
    if (!p->client_shutdown) {
        json_t *id = json_string("threadlint-shutdown");
        tl_requests_add(&p->requests, id, TL_REQUEST_OURS, NULL);
        tl_proxy_send_clangd(
            p, json_pack("{s:s, s:o, s:s}", "jsonrpc", "2.0", "id", id, "method", "shutdown"));
    }
    if (!p->client_exit)
        tl_proxy_send_clangd(p, json_pack("{s:s, s:s}", "jsonrpc", "2.0", "method", "exit"));
    p->close_clangd_input = true;
    if (!p->stop_deadline)
        p->stop_deadline = tl_now() + p->setup->opts->shutdown_timeout_ms / 1000.0;
}

static void read_client(tl_proxy *p) {
    char buf[READ_CHUNK];
    ssize_t n = read(STDIN_FILENO, buf, sizeof buf);
    if (n < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (n <= 0) {
        if (tl_frame_reader_pending(&p->from_client))
            tl_proxy_log(p, 2, false,
                         "the editor closed the connection in the middle of a message");
        client_gone(p);
        return;
    }
    tl_frame_reader_append(&p->from_client, buf, (size_t)n);
    tl_frame f;
    const char *why;
    tl_frame_status st;
    while ((st = tl_frame_reader_next(&p->from_client, &f, &why)) != TL_FRAME_NONE) {
        if (st == TL_FRAME_DROPPED) {
            tl_proxy_log(p, 1, false,
                         "malformed message from the editor: %s; skipped to the next header", why);
            continue;
        }
        if (st == TL_FRAME_RECOVERED)
            tl_proxy_log(p, 2, false, "malformed message from the editor: %s", why);
        tl_proxy_from_client(p, &f);
    }
}

static void read_clangd(tl_proxy *p) {
    char buf[READ_CHUNK];
    ssize_t n = read(p->clangd.from_fd, buf, sizeof buf);
    if (n < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (n <= 0) {
        p->clangd_eof = true;
        return;
    }
    tl_frame_reader_append(&p->from_clangd, buf, (size_t)n);
    tl_frame f;
    const char *why;
    tl_frame_status st;
    while ((st = tl_frame_reader_next(&p->from_clangd, &f, &why)) != TL_FRAME_NONE) {
        if (st == TL_FRAME_DROPPED) {
            fprintf(stderr, "threadlint-clangd: error: malformed message from clangd: %s\n", why);
            continue;
        }
        tl_proxy_from_clangd(p, &f);
    }
}

static int add_fd(struct pollfd *fds, int *n, int fd, short events) {
    fds[*n] = (struct pollfd){.fd = fd, .events = events};
    return (*n)++;
}

static bool ready(const struct pollfd *fds, int i) {
    return i >= 0 && (fds[i].revents & (POLLIN | POLLHUP | POLLERR));
}

static int poll_timeout_ms(const tl_proxy *p, double now) {
    double wait = tl_proxy_analysis_wait(p, now);
    if (p->clangd_eof && (wait < 0 || wait > EXIT_POLL_MS / 1000.0))
        wait = EXIT_POLL_MS / 1000.0;
    if (p->stop_deadline) {
        double left = p->stop_deadline - now;
        if (wait < 0 || left < wait)
            wait = left > 0 ? left : 0;
    }
    return wait < 0 ? -1 : (int)(wait * 1000) + 1;
}

/* One turn of the loop: wait for input, output room or a timer. */
static void step(tl_proxy *p) {
    struct pollfd fds[6];
    int n = 0, client = -1, clangd = -1, worker = -1;
    if (!p->client_eof)
        client = add_fd(fds, &n, STDIN_FILENO, POLLIN);
    if (!p->clangd_eof)
        clangd = add_fd(fds, &n, p->clangd.from_fd, POLLIN);
    if (p->worker.child.from_fd >= 0)
        worker = add_fd(fds, &n, p->worker.child.from_fd, POLLIN);
    if (tl_outbuf_pending(&p->to_client))
        add_fd(fds, &n, p->to_client.fd, POLLOUT);
    if (tl_outbuf_pending(&p->to_clangd))
        add_fd(fds, &n, p->to_clangd.fd, POLLOUT);
    if (tl_outbuf_pending(&p->worker.to))
        add_fd(fds, &n, p->worker.to.fd, POLLOUT);
    if (poll(fds, (nfds_t)n, poll_timeout_ms(p, tl_now())) < 0 && errno != EINTR) {
        perror("threadlint-clangd: poll");
        exit(2);
    }
    if (ready(fds, clangd)) /* clangd first: it frees the editor's waits */
        read_clangd(p);
    if (ready(fds, client))
        read_client(p);
    if (ready(fds, worker))
        tl_proxy_worker_readable(p);
    tl_outbuf_flush(&p->to_client);
    tl_outbuf_flush(&p->to_clangd);
    tl_outbuf_flush(&p->worker.to);
    if (p->to_client.broken)
        client_gone(p);
    if (p->close_clangd_input && !tl_outbuf_pending(&p->to_clangd) && p->to_clangd.fd >= 0) {
        tl_outbuf_close(&p->to_clangd);
        p->clangd.to_fd = -1;
    }
    double now = tl_now();
    tl_proxy_check_worker_timeout(p, now);
    tl_proxy_start_due_analysis(p, now);
}

/* Past the shutdown deadline: SIGTERM, and SIGKILL a little later. */
static bool enforce_deadline(tl_proxy *p, bool *killed) {
    if (!p->stop_deadline || tl_now() < p->stop_deadline || p->clangd.pid <= 0)
        return false;
    if (!*killed) {
        kill(p->clangd.pid, SIGTERM);
        *killed = true;
        p->stop_deadline = tl_now() + CLANGD_KILL_GRACE_MS / 1000.0;
    } else {
        kill(p->clangd.pid, SIGKILL);
        p->stop_deadline = 0;
    }
    return true;
}

static int finish(tl_proxy *p, int wstatus, bool killed) {
    char how[128];
    tl_wait_status_describe(wstatus, how, sizeof how);
    bool expected = p->client_exit || p->client_eof;
    if (killed)
        tl_proxy_log(p, 2, false,
                     "clangd did not exit within %d ms of the editor leaving; stopped it (%s)",
                     p->setup->opts->shutdown_timeout_ms, how);
    else if (!expected)
        tl_proxy_log(p, 1, false, "clangd exited unexpectedly (%s)", how);
    tl_outbuf_drain(&p->to_client, FINAL_DRAIN_MS);
    tl_worker_stop(&p->worker);
    tl_outbuf_close(&p->to_clangd);
    tl_child_close_pipes(&p->clangd);
    tl_frame_reader_free(&p->from_client);
    tl_frame_reader_free(&p->from_clangd);
    tl_docs_free(&p->docs);
    tl_requests_free(&p->requests);
    tl_seen_free(&p->logged);
    free(p->to_client.data);
    return tl_wait_status_code(wstatus);
}

int tl_proxy_run(const tl_proxy_setup *setup) {
    signal(SIGPIPE, SIG_IGN); /* a closed pipe is an EPIPE we handle */
    tl_proxy p;
    memset(&p, 0, sizeof p);
    p.setup = setup;
    p.encoding = TL_LSP_UTF16;
    if (!tl_child_start(&p.clangd, setup->clangd_argv)) {
        fprintf(stderr, "threadlint-clangd: error: cannot run '%s': %s\n", setup->clangd_argv[0],
                strerror(errno));
        return 2;
    }
    fcntl(STDOUT_FILENO, F_SETFL, fcntl(STDOUT_FILENO, F_GETFL) | O_NONBLOCK);
    tl_outbuf_init(&p.to_client, STDOUT_FILENO);
    tl_outbuf_init(&p.to_clangd, p.clangd.to_fd);
    tl_worker_init(&p.worker, setup->worker_argv);
    /* the first didOpen should not wait for the worker to load libclang */
    tl_worker_prestart(&p.worker);

    int wstatus = 0;
    bool killed = false, exited = false;
    double exited_at = 0;
    for (;;) {
        step(&p);
        if (!exited && tl_child_exited(&p.clangd, &wstatus)) {
            exited = true;
            exited_at = tl_now();
        }
        /* clangd's last words are still in the pipe: pass them on first */
        if (exited && (p.clangd_eof || tl_now() - exited_at > 1.0))
            break;
        enforce_deadline(&p, &killed);
    }
    return finish(&p, wstatus, killed);
}
