/* The value of a hexadecimal digit. */
#ifndef THREADLINT_HEX_H
#define THREADLINT_HEX_H

/* 0..15 for [0-9a-fA-F], -1 for any other character. */
static inline int tl_hex_digit(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

#endif
