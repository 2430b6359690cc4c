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
    "  -j, --jobs N        read up to N files at once (default: the number of\n"
    "                      processors); the output is the same for every N\n"
    "  -h, --help          show this help\n"
    "\n"
    "FILE may be - for standard input.  With several files, the claims come file\n"
    "by file in the order given; a file that cannot be read is reported in its\n"
    "place, the others are still read, and the exit status is 1.\n"
    "\n"
    "Each claim has: indicator, kind (level,\n"
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
    int jobs;
} extract_args;

static int parse_args(int argc, char **argv, extract_args *a)
{
    static const struct option longopts[] = {
        { "format", required_argument, NULL, 'f' },
        { "encoding", required_argument, NULL, 'e' },
        { "report-year", required_argument, NULL, 'y' },
        { "jobs", required_argument, NULL, 'j' },
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 },
    };
    int c;
    long year;

    a->format = isatty(STDOUT_FILENO) ? CLI_FMT_TABLE : CLI_FMT_JSONL;
    a->jobs = cli_jobs_default();
    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, ":f:e:y:j:h", longopts, NULL)) != -1) {
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
        case 'j':
            if (cli_parse_jobs("extract", optarg, &a->jobs) != 0)
                return CLI_EXIT_USAGE;
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

static int write_jsonl(buf *out, const ingest_claim *c, const void *arg)
{
    (void)arg;
    return report_claim_jsonl(out, c);
}

static int write_csv(buf *out, const ingest_claim *c, const void *arg)
{
    (void)arg;
    return report_claim_csv(out, c);
}

/* JSON Lines and CSV are written claim by claim as the parser finds them
 * (cli_read_files), so extract's memory does not grow with the input. */
static int stream_claims(const extract_args *a)
{
    if (a->format == CLI_FMT_CSV) {
        buf h = BUF_INIT;
        int rc = report_claims_csv_header(&h);
        if (rc != 0) {
            cli_error(NULL, 0, "out of memory while writing the claims");
            buf_free(&h);
            return CLI_EXIT_OUTPUT;
        }
        fwrite(h.data, 1, h.len, stdout);
        buf_free(&h);
    }
    return cli_read_files(a->files, a->nfiles, &a->opt, a->jobs, true,
                          a->format == CLI_FMT_CSV ? write_csv : write_jsonl, NULL, NULL);
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
    code = cli_read_files(a.files, a.nfiles, &a.opt, a.jobs, true, NULL, NULL, &claims);
    if (code == CLI_EXIT_DATA) {
        /* the good files' claims are written all the same */
        int out = write_claims(&claims, a.format);
        ingest_claims_free(&claims);
        return cli_finish_stdout(out != CLI_EXIT_OK ? out : code);
    }
    if (code == CLI_EXIT_OK)
        code = write_claims(&claims, a.format);
    ingest_claims_free(&claims);
    return cli_finish_stdout(code);
}
