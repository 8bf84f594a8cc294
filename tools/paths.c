#include "paths.h"

#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "strv.h"

char *tl_path_join(const char *dir, const char *path) {
    if (!dir || !*dir || path[0] == '/')
        return tl_xstrdup(path);
    size_t d = strlen(dir), p = strlen(path);
    bool slash = dir[d - 1] == '/';
    char *out = tl_xmalloc(d + p + 2);
    memcpy(out, dir, d);
    if (!slash)
        out[d++] = '/';
    memcpy(out + d, path, p + 1);
    return out;
}

/* Removes "//", "/./" and "dir/.." from an absolute path, in place. */
static void normalize(char *path) {
    char *out = path;
    for (const char *p = path; *p;) {
        if (*p != '/') {
            *out++ = *p++;
            continue;
        }
        while (*p == '/')
            p++;
        size_t len = strcspn(p, "/");
        if (len == 1 && p[0] == '.') {
            p += 1;
            continue;
        }
        if (len == 2 && p[0] == '.' && p[1] == '.') {
            while (out > path && *--out != '/')
                ;
            p += 2;
            continue;
        }
        if (len == 0) /* trailing slashes */
            break;
        *out++ = '/';
        memmove(out, p, len);
        out += len;
        p += len;
    }
    if (out == path)
        *out++ = '/';
    *out = '\0';
}

char *tl_path_absolute(const char *base, const char *path) {
    char *p = tl_path_join(base, path);
    if (p[0] == '/')
        normalize(p);
    return p;
}

char *tl_current_dir(void) {
    for (size_t size = 256; size <= (1u << 20); size *= 2) {
        char *buf = tl_xmalloc(size);
        if (getcwd(buf, size))
            return buf;
        free(buf);
        if (errno != ERANGE)
            break;
    }
    return tl_xstrdup(".");
}
