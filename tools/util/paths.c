#include "paths.h"

#include <errno.h>
#include <stdio.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "hex.h"
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

static char *encode(const char *prefix, const char *path) {
    static const char hex[] = "0123456789ABCDEF";
    size_t n = strlen(path);
    char *uri = tl_xmalloc(strlen(prefix) + 3 * n + 1);
    char *o = uri + sprintf(uri, "%s", prefix);
    for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
        unsigned char c = *p;
        bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                     c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
        if (plain) {
            *o++ = (char)c;
        } else {
            *o++ = '%';
            *o++ = hex[c >> 4];
            *o++ = hex[c & 15];
        }
    }
    *o = '\0';
    return uri;
}

char *tl_file_uri(const char *path) { return encode("file://", path); }

char *tl_uri_encode_path(const char *path) { return encode("", path); }

char *tl_uri_decode_path(const char *p) {
    char *path = tl_xmalloc(strlen(p) + 1), *o = path;
    for (; *p && *p != '?' && *p != '#'; p++) {
        if (*p != '%') {
            *o++ = *p;
            continue;
        }
        int hi = tl_hex_digit(p[1]), lo = hi < 0 ? -1 : tl_hex_digit(p[2]);
        if (lo < 0) {
            free(path);
            return NULL;
        }
        *o++ = (char)(hi * 16 + lo);
        p += 2;
    }
    *o = '\0';
    return path;
}

char *tl_file_uri_path(const char *uri) {
    /* "file:///p" and "file://localhost/p" name local files */
    if (strncmp(uri, "file:///", 8) == 0)
        return tl_uri_decode_path(uri + 7);
    if (strncmp(uri, "file://localhost/", 17) == 0)
        return tl_uri_decode_path(uri + 16);
    return NULL;
}
