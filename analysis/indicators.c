/* indicators.c -- the indicator table: canonical names, English names, the
 * price basis of stated growth rates, aliases and roles (format at the top
 * of analysis/indicators.tsv).  A table is its validated text; look-ups scan
 * it, so the built-in table needs no parsing, no allocation and no state. */
#include "analysis_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../common/utf8.h"

/* Generated from analysis/indicators.tsv by tools/embed.sh. */
extern const char analysis_indicators_tsv[];
extern const size_t analysis_indicators_tsv_len;

struct analysis_indicators {
    const char *text;   /* NUL-terminated table text, validated */
    char *owned;        /* text when loaded, NULL for the built-in table */
};

static const analysis_indicators builtin = { analysis_indicators_tsv, NULL };

const analysis_indicators *analysis_indicators_builtin(void)
{
    return &builtin;
}

void analysis_indicators_free(analysis_indicators *t)
{
    if (!t || t == &builtin)
        return;
    free(t->owned);
    free(t);
}

typedef struct span {
    const char *p;
    size_t n;
} span;

enum { F_NAME, F_EN, F_BASIS, F_ALIASES, F_ROLE, F_MAX };

static bool span_is(span s, const char *lit)
{
    return s.n == strlen(lit) && memcmp(s.p, lit, s.n) == 0;
}

/* Splits s on sep into at most max fields; returns how many there were
 * (more than max when the line has too many). */
static int split(span s, char sep, span *f, int max)
{
    int k = 0;
    const char *p = s.p, *end = s.p + s.n;

    for (;;) {
        const char *q = memchr(p, sep, (size_t)(end - p));
        const char *stop = q ? q : end;
        if (k < max) {
            f[k].p = p;
            f[k].n = (size_t)(stop - p);
        }
        k++;
        if (!q)
            return k;
        p = q + 1;
    }
}

/* The next line of text from *p (without '\n' or a trailing '\r'); false
 * at the end. */
static bool next_line(const char **p, span *line)
{
    const char *s = *p, *nl;

    if (!*s)
        return false;
    nl = strchr(s, '\n');
    line->p = s;
    line->n = nl ? (size_t)(nl - s) : strlen(s);
    *p = nl ? nl + 1 : s + line->n;
    if (line->n && s[line->n - 1] == '\r')
        line->n--;
    return true;
}

static bool skip_line(span line)
{
    return line.n == 0 || line.p[0] == '#';
}

static const char *const role_names[] = {
    "-", "gdp", "population", "productivity", "per_capita", "deflator"
};

static int parse_role(span s, ind_role *r)
{
    if (s.n == 0) {
        *r = IND_ROLE_NONE;
        return 0;
    }
    for (size_t i = 0; i < sizeof role_names / sizeof role_names[0]; i++)
        if (span_is(s, role_names[i])) {
            *r = (ind_role)i;
            return 0;
        }
    return -1;
}

static void copy_field(char *dst, span s)
{
    size_t n = s.n > IND_FIELD_MAX ? IND_FIELD_MAX : s.n;
    memcpy(dst, s.p, n);
    dst[n] = '\0';
}

static bool is_ascii(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80)
            return false;
    return true;
}

/* s equals name (len bytes): exactly, or ignoring ASCII case when ci. */
static bool same(span s, const char *name, size_t len, bool ci)
{
    if (s.n != len)
        return false;
    if (!ci)
        return memcmp(s.p, name, len) == 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char a = (unsigned char)s.p[i], b = (unsigned char)name[i];
        if ((a >= 'A' && a <= 'Z' ? a + 32 : a) != (b >= 'A' && b <= 'Z' ? b + 32 : b))
            return false;
    }
    return true;
}

/* Whether the row's name or an alias is name; when ci (an English name
 * being looked up), ignoring ASCII case and matching the English name too. */
static bool row_has_ci(const span *f, const char *name, size_t len, bool ci)
{
    span a[64];
    int na;

    if (same(f[F_NAME], name, len, ci) || (ci && same(f[F_EN], name, len, true)))
        return true;
    if (span_is(f[F_ALIASES], "-"))
        return false;
    na = split(f[F_ALIASES], '|', a, 64);
    for (int i = 0; i < na && i < 64; i++)
        if (same(a[i], name, len, ci))
            return true;
    return false;
}

static bool row_has(const span *f, const char *name, size_t len)
{
    return row_has_ci(f, name, len, false);
}

bool analysis_ind_lookup(const analysis_indicators *t, const char *name, ind_entry *e)
{
    const char *p = (t ? t : &builtin)->text;
    size_t len = strlen(name);
    bool ci = is_ascii(name, len);
    span line, f[F_MAX];

    while (next_line(&p, &line)) {
        int nf;
        if (skip_line(line))
            continue;
        nf = split(line, '\t', f, F_MAX);
        if (nf < 4 || !row_has_ci(f, name, len, ci))
            continue;
        copy_field(e->name, f[F_NAME]);
        copy_field(e->en, f[F_EN]);
        e->basis = span_is(f[F_BASIS], "comparable") ? INGEST_BASIS_REAL : INGEST_BASIS_NOMINAL;
        if (nf < 5 || parse_role(f[F_ROLE], &e->role) != 0)
            e->role = IND_ROLE_NONE;
        return true;
    }
    return false;
}

/* ---- loading and validation ---- */

/* Whether the name or alias s was already used by an earlier row of text
 * (rows before `upto`). */
static bool seen_before(const char *text, const char *upto, span s)
{
    const char *p = text;
    span line, f[F_MAX];
    char name[IND_FIELD_MAX + 1];

    copy_field(name, s);
    while (next_line(&p, &line) && line.p < upto) {
        if (skip_line(line) || split(line, '\t', f, F_MAX) < 4)
            continue;
        if (row_has(f, name, strlen(name)))
            return true;
    }
    return false;
}

static int check_name(const char *text, span line, span s, const char *what,
                      char *msg, size_t msgn)
{
    if (s.n == 0 || s.n > IND_FIELD_MAX) {
        snprintf(msg, msgn, "%s is empty or longer than %d bytes", what, IND_FIELD_MAX);
        return -1;
    }
    if (s.p[0] == ' ' || s.p[s.n - 1] == ' ') {
        snprintf(msg, msgn, "%s starts or ends with a space; separate fields with one TAB", what);
        return -1;
    }
    if (seen_before(text, line.p, s)) {
        snprintf(msg, msgn, "%s '%.*s' appears on an earlier line; a name or alias may appear once",
                 what, (int)s.n, s.p);
        return -1;
    }
    return 0;
}

/* Checks one row; on error writes what is wrong into msg and returns -1. */
static int check_row(const char *text, span line, char *msg, size_t msgn)
{
    span f[F_MAX], a[64];
    ind_role role;
    int nf = split(line, '\t', f, F_MAX), na;

    if (nf < 4 || nf > 5) {
        snprintf(msg, msgn, "%d fields; want 4 or 5 separated by TAB: "
                 "name, english, basis, aliases[, role]", nf);
        return -1;
    }
    if (check_name(text, line, f[F_NAME], "name", msg, msgn) != 0)
        return -1;
    if (f[F_EN].n == 0 || f[F_EN].n > IND_FIELD_MAX) {
        snprintf(msg, msgn, "english name is empty or longer than %d bytes", IND_FIELD_MAX);
        return -1;
    }
    if (!span_is(f[F_BASIS], "comparable") && !span_is(f[F_BASIS], "current")) {
        snprintf(msg, msgn, "basis '%.*s' is neither 'comparable' nor 'current'",
                 (int)f[F_BASIS].n, f[F_BASIS].p);
        return -1;
    }
    if (nf == 5 && parse_role(f[F_ROLE], &role) != 0) {
        snprintf(msg, msgn, "role '%.*s' is not one of -, gdp, population, productivity, "
                 "per_capita, deflator", (int)f[F_ROLE].n, f[F_ROLE].p);
        return -1;
    }
    if (span_is(f[F_ALIASES], "-"))
        return 0;
    na = split(f[F_ALIASES], '|', a, 64);
    if (na > 64) {
        snprintf(msg, msgn, "more than 64 aliases");
        return -1;
    }
    for (int i = 0; i < na; i++) {
        if (check_name(text, line, a[i], "alias", msg, msgn) != 0)
            return -1;
        for (int j = 0; j < i; j++)
            if (a[j].n == a[i].n && memcmp(a[j].p, a[i].p, a[i].n) == 0) {
                snprintf(msg, msgn, "alias '%.*s' is listed twice", (int)a[i].n, a[i].p);
                return -1;
            }
        if (a[i].n == f[F_NAME].n && memcmp(a[i].p, f[F_NAME].p, a[i].n) == 0) {
            snprintf(msg, msgn, "alias '%.*s' repeats the name", (int)a[i].n, a[i].p);
            return -1;
        }
    }
    return 0;
}

int analysis_indicators_load(const char *text, size_t n, const char *name,
                             analysis_indicators **out, gc_diag *diag)
{
    analysis_indicators *t = NULL;
    const char *p;
    char msg[400];
    span line;
    long lineno = 0;
    size_t bad;

    *out = NULL;
    if (memchr(text, '\0', n)) {
        gc_diag_set(diag, name, 0, 0, -1, "contains a NUL byte; give a UTF-8 text file");
        return GC_ESYNTAX;
    }
    bad = utf8_validate((const unsigned char *)text, n);
    if (bad < n) {
        for (size_t i = 0; i < bad; i++)
            lineno += text[i] == '\n';
        gc_diag_set(diag, name, lineno + 1, 0, (long long)bad,
                    "invalid UTF-8; save the indicator table as UTF-8");
        return GC_ESYNTAX;
    }
    t = calloc(1, sizeof *t);
    if (!t || !(t->owned = malloc(n + 1)))
        goto nomem;
    memcpy(t->owned, text, n);
    t->owned[n] = '\0';
    t->text = t->owned;
    p = t->text;
    while (next_line(&p, &line)) {
        lineno++;
        if (skip_line(line))
            continue;
        if (check_row(t->text, line, msg, sizeof msg) != 0) {
            gc_diag_set(diag, name, lineno, 0, (long long)(line.p - t->text), "%s", msg);
            analysis_indicators_free(t);
            return GC_ESYNTAX;
        }
    }
    *out = t;
    return GC_OK;
nomem:
    analysis_indicators_free(t);
    return GC_ENOMEM;
}
