/* sha256.h -- SHA-256 (FIPS 180-4) and the base64 form a Content-Security-
 * Policy hash source uses ('sha256-<base64>').
 *
 * Self-contained: no project includes, liftable as is.  One-shot and
 * incremental use:
 *
 *     unsigned char d[SHA256_DIGEST];
 *     sha256(data, n, d);
 *
 *     sha256_ctx c;
 *     sha256_init(&c);
 *     sha256_update(&c, part1, n1);
 *     sha256_update(&c, part2, n2);
 *     sha256_final(&c, d);
 */
#ifndef GC_SHA256_H
#define GC_SHA256_H

#include <stddef.h>
#include <stdint.h>

#define SHA256_DIGEST 32     /* bytes of a digest */
#define SHA256_BASE64 45     /* its base64 form (44 characters) and a NUL */

typedef struct sha256_ctx {
    uint32_t h[8];           /* the chaining state */
    uint64_t bits;           /* message length so far, in bits */
    unsigned char block[64]; /* the partial block */
    size_t used;             /* bytes of block in use, < 64 */
} sha256_ctx;

void sha256_init(sha256_ctx *c);

/* Adds n bytes of p to the message. */
void sha256_update(sha256_ctx *c, const void *p, size_t n);

/* Pads the message, writes its digest to out and leaves c unusable until
 * sha256_init(). */
void sha256_final(sha256_ctx *c, unsigned char out[SHA256_DIGEST]);

/* The digest of p[0..n). */
void sha256(const void *p, size_t n, unsigned char out[SHA256_DIGEST]);

/* The digest of p[0..n) in base64 (RFC 4648, padded), NUL-terminated: the
 * form of a CSP hash source after "sha256-". */
void sha256_base64(const void *p, size_t n, char out[SHA256_BASE64]);

#endif
