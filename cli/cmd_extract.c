/* cmd_extract.c -- 'growthcheck extract': every multi-year figure and growth
 * claim of one or more reports, as a table, JSON Lines, JSON or CSV. */
#include "cli.h"

#include <getopt.h>
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
    "                      text: a title, a date line, an opening year, the\n"
    "                      latest year reported + 1, a plan's name; each claim's\n"
    "                      time_source says which)\n"
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
        rc = report_claims_csv(&b, claims);
    else if (format == CLI_FMT_JSON)
        rc = report_claims_json(&b, claims);
    else
        rc = report_claims_jsonl(&b, claims);
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
 * into one buffer that is written out and reused whenever it holds more
 * than FLUSH_BYTES, so extract's memory does not grow with the input. */
#define FLUSH_BYTES (64u * 1024)

typedef struct stream {
    cli_format format;
    buf out;
    bool failed;   /* a write to stdout failed */
} stream;

static int flush_stream(stream *s)
{
    if (s->out.len && fwrite(s->out.data, 1, s->out.len, stdout) != s->out.len)
        s->failed = true;
    buf_reset(&s->out);
    return s->failed ? -1 : 0;
}

static int stream_claim(const ingest_claim *c, void *ctx)
{
    stream *s = ctx;
    int rc = s->format == CLI_FMT_CSV ? report_claim_csv(&s->out, c)
                                      : report_claim_jsonl(&s->out, c);

    if (rc != 0)
        return GC_ENOMEM;
    if (s->out.len >= FLUSH_BYTES && flush_stream(s) != 0)
        return GC_EIO;
    return GC_OK;
}

static int stream_claims(const extract_args *a)
{
    stream s = { a->format, BUF_INIT, false };
    ingest_sink sink = { stream_claim, NULL, &s };
    int code;

    if (a->format == CLI_FMT_CSV && report_claims_csv_header(&s.out) != 0) {
        cli_error(NULL, 0, "out of memory while writing the claims");
        return CLI_EXIT_OUTPUT;
    }
    code = cli_read_reports_to(a->files, a->nfiles, &a->opt, &sink);
    if (flush_stream(&s) != 0 && code == CLI_EXIT_OK)
        code = CLI_EXIT_OUTPUT;
    buf_free(&s.out);
    return code;
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
