/* official.c -- read an official series file (CSV or JSON) into ingest_series.
 *
 * An official series is the economist's yardstick, so the reader is strict:
 * a figure it cannot read for certain is an error that names the line and
 * says how to fix it, never a silently skipped row or a guessed number.
 *
 * The format, as documented for users:
 *   - The file is UTF-8 (a leading byte-order mark is ignored).  Its first
 *     non-space byte decides the syntax: '[' or '{' is JSON, anything else
 *     is CSV.
 *   - CSV (RFC 4180): a header naming the columns indicator, year, value,
 *     unit and optionally basis, in any order, each once (ASCII case is
 *     ignored), and any other columns (source, notes ...: not read, named
 *     in ingest_series.ignored); then one line per figure with as many
 *     fields as the header.  JSON elements may likewise hold other keys.
 *     Fields may be quoted ("a,b", "say ""x""", line breaks inside quotes);
 *     lines end in LF, CRLF or CR; empty lines are skipped; spaces and tabs
 *     around a field are trimmed.
 *   - JSON: an array of objects, or an object {"series": [...]} with that
 *     one key.  Each object has the keys indicator (string), year (number),
 *     value (number), unit (string) and optionally basis (string or null);
 *     any other key is an error.
 *   - indicator: non-empty.  year: a whole number written in digits, 1900 to
 *     2200.  value: a finite decimal number in the C locale (digits, an
 *     optional sign, '.', exponent); no thousands separators, no units, no
 *     NaN or infinity; "-0" is read as 0.  unit: free text, may be empty for
 *     a pure number.  basis: "current", "comparable", or empty/absent for
 *     unstated.
 *   - (indicator, year, basis) appears at most once.
 * Units are normalised as claims are, by the same reader: 亿元 -> 元 x 1e8,
 * 万元 x 1e4, 万亿元 x 1e12, 亿美元 -> 美元 x 1e8, 万人 -> 人 x 1e4, % unchanged;
 * a unit per person (万元/人) scales its numerator; a unit the reader does
 * not know stays as written, with scale 1. */
#include "ingest_int.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../common/buf.h"
#include "../common/utf8.h"

#define YEAR_MIN 1900
#define YEAR_MAX 2200

/* What a reader knows for its messages: the file name and the whole text. */
typedef struct reader {
    const char *name;
    const char *text;  /* after the byte-order mark */
    size_t n;
    long bom;          /* bytes of byte-order mark skipped (0 or 3) */
    gc_diag *diag;
} reader;

/* ---- units ---- */

/* Finds the scale and base unit of a unit such as 亿元 or 万元/人 with the
 * claims' own unit reader (ingest_parse_amount on "1" and the unit), so a
 * series and a report are normalised alike.  A unit that reader does not
 * take whole is its own base with scale 1.  Returns the base unit as a new
 * string, or NULL when out of memory. */
static char *unit_scale(const char *unit, double *scale)
{
    size_t n = strlen(unit);
    ingest_amount a;
    buf one = BUF_INIT;
    char *base = NULL;

    *scale = 1;
    if (buf_putc(&one, '1') != 0 || buf_puts(&one, unit) != 0)
        goto done;
    if (!ingest_is_numeral_start(&ingest_lexicon_zh, unit, n) &&
        ingest_parse_amount(one.data, one.len, &a) == GC_OK && a.length == one.len &&
        a.value == 1 && a.norm_value > 0) {
        *scale = a.norm_value;
        base = strdup(a.norm_unit);
    } else {
        base = strdup(unit);
    }
done:
    buf_free(&one);
    return base;
}

/* ---- messages ---- */

/* Line and column (characters, 1-based) of byte off of r->text.  A line
 * ends at LF, CRLF or a lone CR. */
static void locate(const reader *r, size_t off, long *line, long *col)
{
    *line = 1;
    *col = 1;
    for (size_t i = 0; i < off && i < r->n; i++) {
        unsigned char c = (unsigned char)r->text[i];
        if (c == '\n' || (c == '\r' && (i + 1 >= r->n || r->text[i + 1] != '\n'))) {
            ++*line;
            *col = 1;
        } else if ((c & 0xC0) != 0x80 && c != '\r') {
            ++*col;
        }
    }
}

#if defined(__GNUC__)
#define PRINTF_LIKE(f, a) __attribute__((format(printf, f, a)))
#else
#define PRINTF_LIKE(f, a)
#endif

static void vdiag(const reader *r, long line, long col, long long byte,
                  const char *fmt, va_list ap) PRINTF_LIKE(5, 0);

static void vdiag(const reader *r, long line, long col, long long byte,
                  const char *fmt, va_list ap)
{
    char msg[sizeof r->diag->message];

    if (!r->diag)
        return;
    vsnprintf(msg, sizeof msg, fmt, ap);
    gc_diag_set(r->diag, r->name, line, col, byte, "%s", msg);
}

/* Fills the diagnostic for byte off of the text; returns status. */
static int fail_at(const reader *r, int status, size_t off, const char *fmt, ...)
    PRINTF_LIKE(4, 5);

static int fail_at(const reader *r, int status, size_t off, const char *fmt, ...)
{
    va_list ap;
    long line, col;

    locate(r, off, &line, &col);
    va_start(ap, fmt);
    vdiag(r, line, col, (long long)off + r->bom, fmt, ap);
    va_end(ap);
    return status;
}

/* Fills the diagnostic for a whole line; returns GC_ESYNTAX. */
static int fail_line(const reader *r, long line, const char *fmt, ...) PRINTF_LIKE(3, 4);

static int fail_line(const reader *r, long line, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    vdiag(r, line, 0, -1, fmt, ap);
    va_end(ap);
    return GC_ESYNTAX;
}

/* ---- fields ---- */

/* Checks the syntax of a C-locale decimal number: [+-] digits [. digits]
 * [e [+-] digits], with digits on at least one side of the point. */
static bool is_decimal(const char *s)
{
    size_t digits = 0;

    if (*s == '+' || *s == '-')
        s++;
    for (; isdigit((unsigned char)*s); s++)
        digits++;
    if (*s == '.')
        for (s++; isdigit((unsigned char)*s); s++)
            digits++;
    if (digits == 0)
        return false;
    if (*s == 'e' || *s == 'E') {
        s++;
        if (*s == '+' || *s == '-')
            s++;
        if (!isdigit((unsigned char)*s))
            return false;
        while (isdigit((unsigned char)*s))
            s++;
    }
    return *s == '\0';
}

static bool is_non_finite_word(const char *s)
{
    if (*s == '+' || *s == '-')
        s++;
    return !strncasecmp(s, "nan", 3) || !strncasecmp(s, "inf", 3);
}

/* Reads a value field.  Returns GC_OK or GC_ESYNTAX with the message. */
static int parse_value(const reader *r, size_t off, const char *s, double *v)
{
    char *end;

    if (!*s)
        return fail_at(r, GC_ESYNTAX, off, "value is empty; write the figure, "
                       "or leave the line out when there is none");
    if (is_non_finite_word(s))
        return fail_at(r, GC_ESYNTAX, off, "value '%s' is not a finite number; "
                       "leave the line out when there is no figure", s);
    if (!is_decimal(s))
        return fail_at(r, GC_ESYNTAX, off, "value '%s' is not a plain number; write "
                       "digits with a '.' decimal point and no thousands separators, "
                       "e.g. 490.2, and put the unit in the unit column", s);
    errno = 0;
    *v = strtod(s, &end);
    if (*end != '\0')
        return fail_at(r, GC_ESYNTAX, off, "value '%s' could not be read as a number "
                       "in the C locale; write it with a '.' decimal point", s);
    if (errno == ERANGE || !isfinite(*v))
        return fail_at(r, GC_ESYNTAX, off, "value '%s' is out of the range of a "
                       "double; give the figure in another unit", s);
    if (*v == 0)
        *v = 0;  /* -0 is 0 */
    return GC_OK;
}

static int year_out_of_range(const reader *r, size_t off, const char *shown)
{
    return fail_at(r, GC_ESYNTAX, off, "year %s is outside %d-%d; check the year "
                   "column", shown, YEAR_MIN, YEAR_MAX);
}

/* Reads a year field: digits only, in range. */
static int parse_year(const reader *r, size_t off, const char *s, int *year)
{
    size_t len = strlen(s);
    long y;

    if (len == 0 || strspn(s, "0123456789") != len)
        return fail_at(r, GC_ESYNTAX, off, "year '%s' is not a whole number; write "
                       "the year as digits, e.g. 2019", s);
    y = len > 4 ? YEAR_MAX + 1L : strtol(s, NULL, 10);
    if (y < YEAR_MIN || y > YEAR_MAX)
        return year_out_of_range(r, off, s);
    *year = (int)y;
    return GC_OK;
}

static int parse_basis(const reader *r, size_t off, const char *s, ingest_basis *b)
{
    if (!*s)
        *b = INGEST_BASIS_UNSTATED;
    else if (!strcmp(s, "current"))
        *b = INGEST_BASIS_NOMINAL;
    else if (!strcmp(s, "comparable"))
        *b = INGEST_BASIS_REAL;
    else
        return fail_at(r, GC_ESYNTAX, off, "basis '%s' is not 'current' or 'comparable'; "
                       "write current for current prices, comparable for comparable "
                       "prices, or leave it empty", s);
    return GC_OK;
}

/* ---- the series ---- */

static void point_clear(ingest_series_point *p)
{
    free(p->indicator);
    free(p->unit);
    free(p->norm_unit);
}

void ingest_series_free(ingest_series *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->count; i++)
        point_clear(&s->points[i]);
    free(s->points);
    free(s->ignored);
    s->points = NULL;
    s->ignored = NULL;
    s->count = s->cap = 0;
}

/* Adds name to the list of columns or keys not read, once. */
static int add_ignored(ingest_series *s, const char *name)
{
    size_t n = strlen(name), have = s->ignored ? strlen(s->ignored) : 0;
    char *grown;

    for (const char *p = s->ignored; p && *p;) {
        const char *e = strstr(p, ", ");
        size_t k = e ? (size_t)(e - p) : strlen(p);
        if (k == n && !memcmp(p, name, n))
            return GC_OK;
        p += k + (e ? 2 : 0);
    }
    if (!(grown = realloc(s->ignored, have + n + 3)))
        return GC_ENOMEM;
    if (have)
        memcpy(grown + have, ", ", 2), have += 2;
    memcpy(grown + have, name, n + 1);
    s->ignored = grown;
    return GC_OK;
}

/* Appends a copy of proto (whose strings are borrowed), normalising the
 * unit; off locates the value for a message. */
static int push_point(const reader *r, size_t off, ingest_series *s,
                      const ingest_series_point *proto)
{
    ingest_series_point p = *proto;
    double scale;

    if (s->count == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 16;
        ingest_series_point *np = realloc(s->points, cap * sizeof *np);
        if (!np)
            return GC_ENOMEM;
        s->points = np;
        s->cap = cap;
    }
    p.indicator = strdup(proto->indicator);
    p.unit = strdup(proto->unit);
    p.norm_unit = unit_scale(proto->unit, &scale);
    if (!p.indicator || !p.unit || !p.norm_unit) {
        point_clear(&p);
        return GC_ENOMEM;
    }
    p.norm_value = p.value * scale;
    if (!isfinite(p.norm_value)) {
        point_clear(&p);
        return fail_at(r, GC_ESYNTAX, off, "value %g %s is out of the range of a double "
                       "in base units; give the figure in a smaller unit", proto->value,
                       proto->unit);
    }
    s->points[s->count++] = p;
    return GC_OK;
}

static int cmp_key(const void *a, const void *b)
{
    const ingest_series_point *p = *(ingest_series_point *const *)a;
    const ingest_series_point *q = *(ingest_series_point *const *)b;
    int c = strcmp(p->indicator, q->indicator);

    if (c)
        return c;
    if (p->year != q->year)
        return p->year < q->year ? -1 : 1;
    if (p->basis != q->basis)
        return p->basis < q->basis ? -1 : 1;
    return (p->line > q->line) - (p->line < q->line);
}

/* Refuses a second figure for the same indicator, year and basis; sorts
 * pointers so the check is O(n log n). */
static int check_duplicates(const reader *r, const ingest_series *s)
{
    ingest_series_point **v;
    int rc = GC_OK;

    if (s->count < 2)
        return GC_OK;
    v = malloc(s->count * sizeof *v);
    if (!v)
        return GC_ENOMEM;
    for (size_t i = 0; i < s->count; i++)
        v[i] = &s->points[i];
    qsort(v, s->count, sizeof *v, cmp_key);
    for (size_t i = 1; i < s->count && rc == GC_OK; i++) {
        const ingest_series_point *a = v[i - 1], *b = v[i];
        if (!strcmp(a->indicator, b->indicator) && a->year == b->year && a->basis == b->basis)
            rc = fail_line(r, b->line, "%s %d (basis %s) is given twice, also on line "
                           "%ld; keep one line per indicator, year and basis",
                           b->indicator, b->year, ingest_basis_name(b->basis), a->line);
    }
    free(v);
    return rc;
}

/* ---- CSV ---- */

enum { COL_INDICATOR, COL_YEAR, COL_VALUE, COL_UNIT, COL_BASIS, NCOLS };
static const char *const col_names[NCOLS] = { "indicator", "year", "value", "unit", "basis" };

/* One record: its fields' text (NUL-separated in cells) and where each
 * starts in the input. */
typedef struct csv_record {
    buf cells;
    size_t *start;     /* start[i]: offset of field i's text in cells */
    size_t *off;       /* off[i]: byte offset of field i in the input */
    size_t count, cap;
    long line;         /* line the record starts on */
} csv_record;

typedef struct csv_cursor {
    size_t pos;
    long line;
} csv_cursor;

static int record_begin_field(csv_record *rec, size_t off)
{
    if (rec->count == rec->cap) {
        size_t cap = rec->cap ? rec->cap * 2 : 8;
        size_t *s = realloc(rec->start, cap * sizeof *s);
        size_t *o;
        if (!s)
            return GC_ENOMEM;
        rec->start = s;
        o = realloc(rec->off, cap * sizeof *o);
        if (!o)
            return GC_ENOMEM;
        rec->off = o;
        rec->cap = cap;
    }
    rec->start[rec->count] = rec->cells.len;
    rec->off[rec->count] = off;
    rec->count++;
    return GC_OK;
}

/* Consumes one line end (LF, CRLF or CR) at cur, counting the line. */
static void eat_eol(const reader *r, csv_cursor *cur)
{
    if (r->text[cur->pos] == '\r' && cur->pos + 1 < r->n && r->text[cur->pos + 1] == '\n')
        cur->pos++;
    cur->pos++;
    cur->line++;
}

/* Reads a quoted field's contents; cur is on the opening quote. */
static int read_quoted(const reader *r, csv_cursor *cur, buf *cells)
{
    size_t open = cur->pos++;

    for (;;) {
        char c;
        if (cur->pos >= r->n)
            return fail_at(r, GC_ESYNTAX, open, "this quoted field is never closed; "
                           "end it with a double quote (write \"\" for a quote inside)");
        c = r->text[cur->pos];
        if (c == '"' && cur->pos + 1 < r->n && r->text[cur->pos + 1] == '"') {
            cur->pos += 2;
        } else if (c == '"') {
            cur->pos++;
            break;
        } else {
            if (c == '\n' || (c == '\r' && (cur->pos + 1 >= r->n || r->text[cur->pos + 1] != '\n')))
                cur->line++;
            cur->pos++;
        }
        if (buf_putc(cells, c) != 0)
            return GC_ENOMEM;
    }
    if (cur->pos < r->n && !strchr(",\r\n", r->text[cur->pos]))
        return fail_at(r, GC_ESYNTAX, cur->pos, "text after a closing quote; quote the "
                       "whole field and double any quote inside it (\"\")");
    return GC_OK;
}

static int read_plain(const reader *r, csv_cursor *cur, buf *cells)
{
    size_t from = cur->pos;

    while (cur->pos < r->n && !strchr(",\r\n", r->text[cur->pos])) {
        if (r->text[cur->pos] == '"')
            return fail_at(r, GC_ESYNTAX, cur->pos, "a double quote inside an unquoted "
                           "field; quote the whole field and double the quote (\"\")");
        cur->pos++;
    }
    return buf_append(cells, r->text + from, cur->pos - from) ? GC_ENOMEM : GC_OK;
}

/* Reads the next non-empty record into rec; *got is false at the end. */
static int csv_next(const reader *r, csv_cursor *cur, csv_record *rec, bool *got)
{
    int rc;

    buf_reset(&rec->cells);
    rec->count = 0;
    while (cur->pos < r->n && (r->text[cur->pos] == '\n' || r->text[cur->pos] == '\r'))
        eat_eol(r, cur);
    *got = cur->pos < r->n;
    if (!*got)
        return GC_OK;
    rec->line = cur->line;
    for (;;) {
        if ((rc = record_begin_field(rec, cur->pos)) != GC_OK)
            return rc;
        if (r->text[cur->pos] == '"')
            rc = read_quoted(r, cur, &rec->cells);
        else
            rc = read_plain(r, cur, &rec->cells);
        if (rc != GC_OK)
            return rc;
        if (buf_putc(&rec->cells, '\0') != 0)
            return GC_ENOMEM;
        if (cur->pos >= r->n || r->text[cur->pos] != ',')
            break;
        cur->pos++;
    }
    if (cur->pos < r->n)
        eat_eol(r, cur);
    return GC_OK;
}

/* Field i of rec with surrounding spaces and tabs removed (in place). */
static char *field(csv_record *rec, size_t i)
{
    char *s = rec->cells.data + rec->start[i];
    size_t len = strlen(s);

    while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
        s[--len] = '\0';
    while (*s == ' ' || *s == '\t')
        s++;
    return s;
}

/* Maps the header's names to columns: col[k] is the field of column k, or
 * -1 when absent (only basis may be).  Other columns (source, notes ...)
 * are not read and are named in out->ignored. */
static int csv_header(const reader *r, csv_record *rec, long col[NCOLS], ingest_series *out)
{
    for (int k = 0; k < NCOLS; k++)
        col[k] = -1;
    for (size_t i = 0; i < rec->count; i++) {
        const char *name = field(rec, i);
        int k = 0;
        while (k < NCOLS && strcasecmp(name, col_names[k]))
            k++;
        if (k == NCOLS) {
            int rc;
            if (!*name)
                return fail_at(r, GC_ESYNTAX, rec->off[i], "column %zu of the header has "
                               "no name; the first line must be the header "
                               "indicator,year,value,unit[,basis]", i + 1);
            if ((rc = add_ignored(out, name)) != GC_OK)
                return rc;
            continue;
        }
        if (col[k] >= 0)
            return fail_at(r, GC_ESYNTAX, rec->off[i], "column '%s' appears twice in "
                           "the header; remove one", name);
        col[k] = (long)i;
    }
    for (int k = 0; k < COL_BASIS; k++)
        if (col[k] < 0)
            return fail_line(r, rec->line, "the header has no '%s' column; the first "
                             "line must be indicator,year,value,unit[,basis]", col_names[k]);
    return GC_OK;
}

static int csv_row(const reader *r, csv_record *rec, const long col[NCOLS],
                   size_t ncols, ingest_series *out)
{
    const char *ind, *unit, *basis_s = "";
    ingest_basis basis = INGEST_BASIS_UNSTATED;   /* set by parse_basis; -O3 cannot tell */
    double value = 0;
    int year = 0, rc;

    if (rec->count != ncols)
        return fail_line(r, rec->line, "%zu fields, but the header has %zu; quote a "
                         "field that contains a comma (\"1,2\") and give every column",
                         rec->count, ncols);
    ind = field(rec, (size_t)col[COL_INDICATOR]);
    if (!*ind)
        return fail_at(r, GC_ESYNTAX, rec->off[col[COL_INDICATOR]], "indicator is empty; "
                       "name the indicator as the report writes it (its Chinese name)");
    if ((rc = parse_year(r, rec->off[col[COL_YEAR]], field(rec, (size_t)col[COL_YEAR]), &year)))
        return rc;
    if ((rc = parse_value(r, rec->off[col[COL_VALUE]], field(rec, (size_t)col[COL_VALUE]), &value)))
        return rc;
    unit = field(rec, (size_t)col[COL_UNIT]);
    if (col[COL_BASIS] >= 0)
        basis_s = field(rec, (size_t)col[COL_BASIS]);
    if ((rc = parse_basis(r, col[COL_BASIS] >= 0 ? rec->off[col[COL_BASIS]] : 0, basis_s, &basis)))
        return rc;
    return push_point(r, rec->off[col[COL_VALUE]], out, &(ingest_series_point){
        .indicator = (char *)ind, .year = year, .value = value, .unit = (char *)unit,
        .basis = basis, .line = rec->line });
}

static int read_csv(const reader *r, ingest_series *out)
{
    csv_record rec = { BUF_INIT, NULL, NULL, 0, 0, 0 };
    csv_cursor cur = { 0, 1 };
    long col[NCOLS];
    size_t ncols;
    bool got;
    int rc = csv_next(r, &cur, &rec, &got);

    if (rc == GC_OK && !got)
        rc = fail_line(r, 1, "the file is empty; write the header "
                       "indicator,year,value,unit[,basis] and one line per figure");
    if (rc == GC_OK)
        rc = csv_header(r, &rec, col, out);
    ncols = rec.count;
    while (rc == GC_OK && (rc = csv_next(r, &cur, &rec, &got)) == GC_OK && got)
        rc = csv_row(r, &rec, col, ncols, out);
    buf_free(&rec.cells);
    free(rec.start);
    free(rec.off);
    return rc;
}

/* ---- JSON ---- */

/* Offsets of the elements of the series array, whose elements sit at
 * bracket depth `depth` (1 for a bare array, 2 inside {"series": [...]}).
 * The text has already parsed as JSON, so strings, brackets and commas are
 * all the scan needs to know. */
static int element_offsets(const reader *r, int depth, size_t **offs, size_t *count)
{
    size_t cap = 0;
    int d = 0;
    bool in_str = false, expect = false;

    *offs = NULL;
    *count = 0;
    for (size_t i = 0; i < r->n; i++) {
        char c = r->text[i];
        if (in_str) {
            if (c == '\\')
                i++;
            else if (c == '"')
                in_str = false;
            continue;
        }
        if (expect && !isspace((unsigned char)c) && c != ']') {
            if (*count == cap) {
                size_t *o = realloc(*offs, (cap = cap ? cap * 2 : 16) * sizeof *o);
                if (!o)
                    return GC_ENOMEM;
                *offs = o;
            }
            (*offs)[(*count)++] = i;
        }
        if (!isspace((unsigned char)c))
            expect = false;
        if (c == '"')
            in_str = true;
        else if (c == '[' || c == '{')
            expect = ++d == depth && c == '[';
        else if (c == ']' || c == '}')
            d--;
        else if (c == ',' && d == depth)
            expect = true;
    }
    return GC_OK;
}

static const char *const json_keys[] = { "indicator", "year", "value", "unit", "basis" };

/* Refuses repeated keys in an element; names the keys it does not read
 * (source, notes ...) in out->ignored. */
static int json_keys_ok(const reader *r, size_t off, long idx, const cJSON *obj,
                        ingest_series *out)
{
    for (const cJSON *k = obj->child; k; k = k->next) {
        size_t j = 0;
        int rc;
        while (j < NCOLS && strcmp(k->string, json_keys[j]))
            j++;
        if (j == NCOLS && (rc = add_ignored(out, k->string)) != GC_OK)
            return rc;
        for (const cJSON *e = obj->child; e != k; e = e->next)
            if (!strcmp(e->string, k->string))
                return fail_at(r, GC_ESYNTAX, off, "element %ld has the key '%s' twice; "
                               "keep one", idx, k->string);
    }
    return GC_OK;
}

/* The string member key of obj, or NULL with a message when missing or not
 * a string (basis may be absent or null: then ""). */
static const char *json_string(const reader *r, size_t off, long idx, const cJSON *obj,
                               const char *key, int *rc)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);

    if (!strcmp(key, "basis") && (!v || cJSON_IsNull(v)))
        return "";
    if (cJSON_IsString(v))
        return v->valuestring;
    *rc = fail_at(r, GC_ESYNTAX, off, v ? "element %ld: %s must be a JSON string"
                  : "element %ld has no '%s'; give indicator, year, value and unit", idx, key);
    return NULL;
}

static int json_number(const reader *r, size_t off, long idx, const cJSON *obj,
                       const char *key, double *out)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);

    if (!v)
        return fail_at(r, GC_ESYNTAX, off, "element %ld has no '%s'; give indicator, "
                       "year, value and unit", idx, key);
    if (!cJSON_IsNumber(v))
        return fail_at(r, GC_ESYNTAX, off, "element %ld: %s must be a JSON number, "
                       "not a string or null (write 2019, not \"2019\")", idx, key);
    if (!isfinite(v->valuedouble))
        return fail_at(r, GC_ESYNTAX, off, "element %ld: %s is out of the range of a "
                       "double; give the figure in a larger unit", idx, key);
    *out = v->valuedouble == 0 ? 0 : v->valuedouble;  /* -0 is 0 */
    return GC_OK;
}

static int json_element(const reader *r, size_t off, long idx, const cJSON *obj,
                        ingest_series *out)
{
    const char *ind, *unit, *basis_s;
    ingest_basis basis = INGEST_BASIS_UNSTATED;   /* set by parse_basis; -O3 cannot tell */
    double year = 0, value = 0;
    long line, col;
    int rc = GC_OK;

    if (!cJSON_IsObject(obj))
        return fail_at(r, GC_ESYNTAX, off, "element %ld is not an object; write "
                       "{\"indicator\": ..., \"year\": ..., \"value\": ..., \"unit\": ...}", idx);
    if ((rc = json_keys_ok(r, off, idx, obj, out)))
        return rc;
    if (!(ind = json_string(r, off, idx, obj, "indicator", &rc)) ||
        !(unit = json_string(r, off, idx, obj, "unit", &rc)) ||
        !(basis_s = json_string(r, off, idx, obj, "basis", &rc)))
        return rc;
    if (!*ind)
        return fail_at(r, GC_ESYNTAX, off, "element %ld: indicator is empty; name the "
                       "indicator as the report writes it (its Chinese name)", idx);
    if ((rc = json_number(r, off, idx, obj, "year", &year)) ||
        (rc = json_number(r, off, idx, obj, "value", &value)))
        return rc;
    if (year != floor(year))
        return fail_at(r, GC_ESYNTAX, off, "element %ld: year %g is not a whole number; "
                       "write the year as digits, e.g. 2019", idx, year);
    if (year < YEAR_MIN || year > YEAR_MAX) {
        char shown[32];
        snprintf(shown, sizeof shown, "%g", year);
        return year_out_of_range(r, off, shown);
    }
    if ((rc = parse_basis(r, off, basis_s, &basis)))
        return rc;
    locate(r, off, &line, &col);
    return push_point(r, off, out, &(ingest_series_point){
        .indicator = (char *)ind, .year = (int)year, .value = value, .unit = (char *)unit,
        .basis = basis, .line = line });
}

static int read_json(const reader *r, ingest_series *out)
{
    const char *end = NULL;
    cJSON *root = cJSON_ParseWithLengthOpts(r->text, r->n + 1, &end, true);
    const cJSON *arr = root;
    size_t *offs = NULL, noffs = 0;
    long idx = 0;
    int rc = GC_OK;

    if (!root)
        return fail_at(r, GC_ESYNTAX, end ? (size_t)(end - r->text) : 0, "not valid "
                       "JSON here; check for a missing comma, bracket or quote");
    if (cJSON_IsObject(root)) {
        arr = cJSON_GetObjectItemCaseSensitive(root, "series");
        if (!cJSON_IsArray(arr) || cJSON_GetArraySize(root) != 1) {
            rc = fail_at(r, GC_ESYNTAX, 0, "a JSON object must be {\"series\": [...]} "
                         "with that one key; or give the array itself");
            goto fail;
        }
    } else if (!cJSON_IsArray(root)) {
        rc = fail_at(r, GC_ESYNTAX, 0, "JSON must be an array of objects or "
                     "{\"series\": [...]}");
        goto fail;
    }
    if ((rc = element_offsets(r, arr == root ? 1 : 2, &offs, &noffs)))
        goto fail;
    for (const cJSON *e = arr->child; e && rc == GC_OK; e = e->next, idx++)
        rc = json_element(r, (size_t)idx < noffs ? offs[idx] : 0, idx + 1, e, out);
fail:
    free(offs);
    cJSON_Delete(root);
    return rc;
}

/* ---- the whole file ---- */

static int read_all(FILE *f, const char *name, buf *b, gc_diag *diag)
{
    char chunk[1 << 14];
    size_t n;

    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        if (buf_append(b, chunk, n) != 0)
            return GC_ENOMEM;
    if (ferror(f)) {
        gc_diag_set(diag, name, 0, 0, -1, "read error: %s; check the file", strerror(errno));
        return GC_EIO;
    }
    return buf_putc(b, '\0') ? GC_ENOMEM : GC_OK;  /* a NUL after the text for cJSON */
}

/* Refuses NUL bytes and invalid UTF-8, naming the first bad place. */
static int check_text(const reader *r)
{
    const char *nul = memchr(r->text, '\0', r->n);
    size_t bad = utf8_validate((const unsigned char *)r->text, r->n);

    if (nul && (size_t)(nul - r->text) < bad)
        return fail_at(r, GC_EENCODING, (size_t)(nul - r->text), "a NUL byte; a series "
                       "file is UTF-8 text (CSV or JSON)");
    if (bad < r->n)
        return fail_at(r, GC_EENCODING, bad, "invalid UTF-8 (byte 0x%02X); save the file "
                       "as UTF-8", (unsigned char)r->text[bad]);
    return GC_OK;
}

/* See ingest.h.  *out is an output: it is set to INGEST_SERIES_INIT first,
 * so pass an empty series (what it held before is not freed). */
int ingest_series_read(FILE *f, const char *name, ingest_series *out, gc_diag *diag)
{
    ingest_series s = INGEST_SERIES_INIT;
    buf text = BUF_INIT;
    reader r = { name, NULL, 0, 0, diag };
    size_t i = 0;
    int rc;

    *out = s;
    gc_diag_clear(diag);
    if ((rc = read_all(f, name, &text, diag)) != GC_OK)
        goto fail;
    r.text = text.data;
    r.n = text.len - 1;
    if (r.n >= 3 && !memcmp(r.text, "\xEF\xBB\xBF", 3)) {
        r.text += 3;
        r.n -= 3;
        r.bom = 3;
    }
    if ((rc = check_text(&r)) != GC_OK)
        goto fail;
    while (i < r.n && isspace((unsigned char)r.text[i]))
        i++;
    rc = i < r.n && (r.text[i] == '[' || r.text[i] == '{') ? read_json(&r, &s) : read_csv(&r, &s);
    if (rc == GC_OK)
        rc = check_duplicates(&r, &s);
    if (rc != GC_OK)
        goto fail;
    buf_free(&text);
    *out = s;
    return GC_OK;
fail:
    if (rc == GC_ENOMEM && diag && !diag->message[0])
        gc_diag_set(diag, name, 0, 0, -1, "out of memory");
    ingest_series_free(&s);
    buf_free(&text);
    return rc;
}
