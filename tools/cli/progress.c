#include "progress.h"

#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

static bool is_terminal(FILE *out) {
    const char *term = getenv("TERM");
    return isatty(fileno(out)) && !(term && strcmp(term, "dumb") == 0);
}

static int terminal_columns(FILE *out) {
    struct winsize ws;
    if (ioctl(fileno(out), TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        return ws.ws_col;
    return 80;
}

void tl_progress_init(tl_progress *p, FILE *out, tl_progress_mode mode, int total) {
    memset(p, 0, sizeof *p);
    p->out = out;
    p->total = total;
    p->in_place = is_terminal(out);
    p->on = mode == TL_PROGRESS_ALWAYS || (mode == TL_PROGRESS_AUTO && p->in_place);
    p->columns = p->in_place ? terminal_columns(out) : 0;
    p->last_done = p->last_item = -1;
}

static int counter(const tl_progress *p, int done, char *buf, size_t size) {
    int width = snprintf(NULL, 0, "%d", p->total);
    return snprintf(buf, size, "[%*d/%d] ", width, done, p->total);
}

void tl_progress_working(tl_progress *p, int done, int item, const char *name) {
    if (!p->on || !p->in_place || (done == p->last_done && item == p->last_item))
        return;
    p->last_done = done;
    p->last_item = item;
    char count[64];
    int len = counter(p, done, count, sizeof count);
    /* one line that never wraps, or \r could not take it back: keep the
     * end of a long name, where the file's own name is */
    int room = p->columns - 1 - len;
    size_t n = strlen(name);
    const char *shown = name;
    const char *ellipsis = "";
    if (room < 4) {
        shown = "";
    } else if (n > (size_t)room) {
        ellipsis = "...";
        shown = name + n - (size_t)(room - 3);
    }
    fprintf(p->out, "\r%s%s%s\033[K", count, ellipsis, shown);
    fflush(p->out);
    p->shown = true;
}

void tl_progress_delivered(tl_progress *p, int item, const char *name) {
    if (!p->on || p->in_place)
        return;
    char count[64];
    counter(p, item + 1, count, sizeof count);
    fprintf(p->out, "%s%s\n", count, name);
    fflush(p->out);
}

void tl_progress_clear(tl_progress *p) {
    if (!p->shown)
        return;
    fputs("\r\033[K", p->out);
    fflush(p->out);
    p->shown = false;
    p->last_done = p->last_item = -1;
}
