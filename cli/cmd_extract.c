/* cmd_extract.c -- 'growthcheck extract': every multi-year figure and growth
 * claim of one or more reports, as a table, JSON Lines, JSON or CSV. */
#include "cli.h"

#include <getopt.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "output.h"

static const char help_text[] =
    "Usage: growthcheck extract [OPTIONS] FILE...\n"
    "List every figure of a report that belongs to a time comparison or a growth\n"
    "statement (a claim), with the exact place it came from.\n"
    "\n"
    "  -f, --format F      table (default on a terminal), jsonl (default otherwise),\n"
    "                      json (one array) or csv (a header and one row per claim)\n"
    "  -e, --encoding E    the input encoding: auto (default: UTF-8, or GB18030 when\n"
    "                      the first bytes are not UTF-8 but are GB18030), utf-8,\n"
    "                      gb18030, gbk, or any name iconv knows\n"
    "  -y, --report-year Y the year the report is written for (default: from its\n"
    "                      title \"2022年政府工作报告\" or its date line)\n"
    "  -h, --help          show this help\n"
    "\n"
    "FILE may be - for standard input.  Each claim has: indicator, kind (level,\n"
    "growth_yoy, growth_avg, change_pct, share, multiple, change_abs), year or period\n"
    "[from, to], value and unit as written, the value in base units, qualifier\n"
    "(exact, above, below, approx), the estimated/target/cumulative flags, basis\n"
    "(unstated, comparable, current), of (the whole of a share), and source (file,\n"
    "line, column in characters, byte offset, sentence).  For GB18030 input the\n"
    "byte offset still counts bytes of the original file.\n"
    "\n"
    "Example: growthcheck extract --format jsonl report.txt\n";

static const char *const csv_header =
    "indicator,kind,year,year_inferred,period_from,period_to,period_inferred,value,unit,"
    "resolution,normalized_value,normalized_unit,qualifier,estimated,target,cumulative,"
    "basis,of,source_file,source_line,source_column,source_byte,source_sentence\r\n";

typedef struct extract_args {
    cli_format format;
    ingest_options opt;
    char **files;
    int nfiles;
} extract_args;

static int parse_args(int argc, char **argv, extract_args *a)
{
    static const struct option longopts[] = {
        { "format", required_argument, NULL, 'f' },
        { "encoding", required_argument, NULL, 'e' },
        { "report-year", required_argument, NULL, 'y' },
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 },
    };
    int c;
    long year;

    a->format = isatty(STDOUT_FILENO) ? CLI_FMT_TABLE : CLI_FMT_JSONL;
    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, ":f:e:y:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'f':
            if (cli_parse_format("extract", optarg, CLI_FMT_TABLE | CLI_FMT_JSONL | CLI_FMT_JSON
                                 | CLI_FMT_CSV, &a->format) != 0)
                return CLI_EXIT_USAGE;
            break;
        case 'e':
            if (!ingest_encoding_supported(optarg))
                return cli_usage("extract", "--encoding '%s' is not an encoding iconv knows; "
                                 "try gb18030 or utf-8", optarg);
            a->opt.encoding = optarg;
            break;
        case 'y':
            if (cli_parse_int("extract", "--report-year", optarg, 1949, 2100, &year) != 0)
                return CLI_EXIT_USAGE;
            a->opt.report_year = (int)year;
            break;
        case 'h':
            fputs(help_text, stdout);
            fputs(cli_exit_help, stdout);
            return -1;
        case ':':
            return cli_usage("extract", "option '%s' needs a value", argv[optind - 1]);
        default:
            return cli_usage("extract", "unknown option '%s'", argv[optind - 1]);
        }
    }
    a->files = argv + optind;
    a->nfiles = argc - optind;
    if (a->nfiles == 0)
        return cli_usage("extract", "no input file; give a report file, or - for standard input");
    return CLI_EXIT_OK;
}

static const char *flag(bool b)
{
    return b ? "true" : "false";
}

static int csv_row(buf *b, const ingest_claim *c)
{
    char year[16] = "", from[16] = "", to[16] = "", line[32], col[32], byte[32];
    char value[64], res[64], norm[64];
    const char *cells[23];

    if (c->year)
        snprintf(year, sizeof year, "%d", c->year);
    if (c->period_from || c->period_to) {
        snprintf(from, sizeof from, "%d", c->period_from);
        snprintf(to, sizeof to, "%d", c->period_to);
    }
    snprintf(line, sizeof line, "%ld", c->source.line);
    snprintf(col, sizeof col, "%ld", c->source.column);
    snprintf(byte, sizeof byte, "%lld", c->source.byte);
    cells[0] = c->indicator;
    cells[1] = ingest_kind_name(c->kind);
    cells[2] = year;
    cells[3] = flag(c->year_inferred);
    cells[4] = from;
    cells[5] = to;
    cells[6] = flag(c->period_inferred);
    cells[7] = numfmt(value, c->value, 10);
    cells[8] = c->unit;
    cells[9] = numfmt(res, c->resolution, 10);
    cells[10] = numfmt(norm, c->norm_value, 6);
    cells[11] = c->norm_unit;
    cells[12] = ingest_qualifier_name(c->qualifier);
    cells[13] = flag(c->estimated);
    cells[14] = flag(c->target);
    cells[15] = flag(c->cumulative);
    cells[16] = ingest_basis_name(c->basis);
    cells[17] = c->of;
    cells[18] = c->source.file;
    cells[19] = line;
    cells[20] = col;
    cells[21] = byte;
    cells[22] = c->source.sentence;
    return cli_csv_row(b, cells, 23);
}

static int write_csv(const ingest_claims *claims, buf *b)
{
    if (buf_puts(b, csv_header) != 0)
        return -1;
    for (size_t i = 0; i < claims->count; i++)
        if (csv_row(b, &claims->items[i]) != 0)
            return -1;
    return 0;
}

static int write_json(const ingest_claims *claims, buf *b)
{
    cJSON *arr = cJSON_CreateArray();
    char *s;

    if (!arr)
        return -1;
    for (size_t i = 0; i < claims->count; i++) {
        cJSON *o = ingest_claim_json(&claims->items[i]);
        if (!o || !cJSON_AddItemToArray(arr, o)) {
            cJSON_Delete(o);
            cJSON_Delete(arr);
            return -1;
        }
    }
    s = cJSON_Print(arr);
    cJSON_Delete(arr);
    if (!s)
        return -1;
    if (buf_puts(b, s) != 0 || buf_putc(b, '\n') != 0) {
        free(s);
        return -1;
    }
    free(s);
    return 0;
}

/* "2021", "2016–2021", or "" */
static const char *when(char out[32], const ingest_claim *c)
{
    if (c->period_from || c->period_to)
        snprintf(out, 32, "%d–%d", c->period_from, c->period_to);
    else if (c->year)
        snprintf(out, 32, "%d", c->year);
    else
        out[0] = '\0';
    return out;
}

static int write_table(const ingest_claims *claims)
{
    static const char *const headers[] = {
        "indicator", "kind", "year", "value", "qualifier", "flags", "line",
    };
    cli_table *t = cli_table_new(7, headers);

    if (!t)
        return -1;
    for (size_t i = 0; i < claims->count; i++) {
        const ingest_claim *c = &claims->items[i];
        char y[32], v[64], num[64], flags[64], line[32];
        const char *cells[7];
        snprintf(v, sizeof v, "%s%s", numfmt(num, c->value, 10), c->unit ? c->unit : "");
        snprintf(flags, sizeof flags, "%s%s%s%s", c->estimated ? "estimated " : "",
                 c->target ? "target " : "", c->cumulative ? "cumulative " : "",
                 c->basis != INGEST_BASIS_UNSTATED ? ingest_basis_name(c->basis) : "");
        snprintf(line, sizeof line, "%ld", c->source.line);
        cells[0] = c->indicator;
        cells[1] = ingest_kind_name(c->kind);
        cells[2] = when(y, c);
        cells[3] = v;
        cells[4] = ingest_qualifier_name(c->qualifier);
        cells[5] = flags;
        cells[6] = line;
        if (cli_table_add(t, cells) != 0) {
            cli_table_free(t);
            return -1;
        }
    }
    cli_table_print(t, stdout);
    cli_table_free(t);
    return 0;
}

static int write_claims(const ingest_claims *claims, cli_format format)
{
    buf b = BUF_INIT;
    int rc;

    if (format == CLI_FMT_TABLE)
        return write_table(claims) == 0 ? CLI_EXIT_OK : CLI_EXIT_OUTPUT;
    if (format == CLI_FMT_CSV)
        rc = write_csv(claims, &b);
    else if (format == CLI_FMT_JSON)
        rc = write_json(claims, &b);
    else
        rc = out_claims_jsonl(&b, claims);
    if (rc != 0) {
        cli_error(NULL, 0, "out of memory while writing the claims");
        buf_free(&b);
        return CLI_EXIT_OUTPUT;
    }
    if (b.len)
        fwrite(b.data, 1, b.len, stdout);
    buf_free(&b);
    return CLI_EXIT_OK;
}

/* JSON Lines and CSV are written claim by claim as the parser finds them,
 * so extract's memory does not grow with the input. */
static int stream_claim(const ingest_claim *c, void *ctx)
{
    cli_format format = *(const cli_format *)ctx;
    buf b = BUF_INIT;
    int rc;

    if (format == CLI_FMT_CSV) {
        rc = csv_row(&b, c);
    } else {
        cJSON *j = ingest_claim_json(c);
        char *s = j ? cJSON_PrintUnformatted(j) : NULL;
        rc = s ? buf_puts(&b, s) | buf_putc(&b, '\n') : -1;
        cJSON_free(s);
        cJSON_Delete(j);
    }
    if (rc == 0 && fwrite(b.data, 1, b.len, stdout) != b.len)
        rc = -1;
    buf_free(&b);
    return rc == 0 ? GC_OK : GC_ENOMEM;
}

static int stream_claims(const extract_args *a)
{
    ingest_sink sink = { stream_claim, NULL, (void *)(uintptr_t)&a->format };

    if (a->format == CLI_FMT_CSV && fputs(csv_header, stdout) == EOF)
        return CLI_EXIT_OUTPUT;
    return cli_read_reports_to(a->files, a->nfiles, &a->opt, &sink);
}

int cmd_extract(int argc, char **argv)
{
    extract_args a;
    ingest_claims claims = INGEST_CLAIMS_INIT;
    int code;

    memset(&a, 0, sizeof a);
    code = parse_args(argc, argv, &a);
    if (code == -1)
        return cli_finish_stdout(CLI_EXIT_OK);
    if (code != CLI_EXIT_OK)
        return code;
    if (a.format == CLI_FMT_JSONL || a.format == CLI_FMT_CSV)
        return cli_finish_stdout(stream_claims(&a));
    code = cli_read_reports(a.files, a.nfiles, &a.opt, &claims);
    if (code == CLI_EXIT_OK)
        code = write_claims(&claims, a.format);
    ingest_claims_free(&claims);
    return cli_finish_stdout(code);
}
