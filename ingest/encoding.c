/* encoding.c -- the parser's look at the probed bytes: does the input have
 * the shape of GB18030, and on which line and column does an offset fall.
 * Pure functions of the bytes, apart from the parser's state. */
#include "encoding.h"

bool ingest_gb18030_shape(const unsigned char *s, size_t n)
{
    size_t i = 0;

    while (i < n) {
        unsigned char c = s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        if (c == 0x80 || c == 0xFF)
            return false;
        if (i + 1 >= n)
            return true;
        if (s[i + 1] >= 0x30 && s[i + 1] <= 0x39) {
            if (i + 3 >= n)
                return true;
            if (s[i + 2] < 0x81 || s[i + 2] > 0xFE || s[i + 3] < 0x30 || s[i + 3] > 0x39)
                return false;
            i += 4;
        } else if (s[i + 1] >= 0x40 && s[i + 1] <= 0xFE && s[i + 1] != 0x7F) {
            i += 2;
        } else {
            return false;
        }
    }
    return true;
}

void ingest_where_in(const unsigned char *s, size_t off, long *line, long *col)
{
    *line = 1;
    *col = 1;
    for (size_t i = 0; i < off; i++) {
        if (s[i] == '\n' || (s[i] == '\r' && (i + 1 >= off || s[i + 1] != '\n'))) {
            (*line)++;
            *col = 1;
        } else if ((s[i] & 0xC0) != 0x80) {
            (*col)++;
        }
    }
}

