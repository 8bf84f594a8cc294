/* The unit tests' one assertion: report a failed expectation and count it,
 * so a test program runs every check and exits non-zero at the end. */
#ifndef THREADLINT_TEST_EXPECT_H
#define THREADLINT_TEST_EXPECT_H

#include <stdio.h>

static int failures;

#define EXPECT(cond)                                                                       \
    do {                                                                                   \
        if (!(cond)) {                                                                     \
            fprintf(stderr, "%s:%d: expected %s\n", __FILE__, __LINE__, #cond);            \
            failures++;                                                                    \
        }                                                                                  \
    } while (0)

#endif
