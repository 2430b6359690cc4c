/* grammar.h -- what the files of the grammar share: the tokens of a
 * sentence, the subject cleaner, and the reader the rules keep while they
 * read one sentence.  The layers, each calling only those before it:
 * lexicon.c (words and speed maps) and text.h (byte helpers) < tokens.c
 * (the tokenizer and the quick test) < subject.c (subject cleaning) <
 * rules_zh.c (what counts as a claim) < grammar.c (the driver) < feed.c
 * (characters to sentences) < parser.c. */
#ifndef GC_INGEST_GRAMMAR_H
#define GC_INGEST_GRAMMAR_H

#include <stdbool.h>
#include <stddef.h>

#include "../common/buf.h"
#include "ingest_int.h"
#include "lexicon.h"
#include "text.h"

/* ---- tokens (tokens.c) ---- */

enum tok_type { T_KW, T_YEAR, T_RANGE, T_FIG, T_BREAK, T_PART };

typedef struct ingest_tok {
    enum tok_type type;
    const lex_entry *kw;   /* T_KW: its keyword row */
    size_t pos, end;       /* bytes in the sentence */
    int year, year2;       /* T_YEAR (year), T_RANGE (year..year2), T_PART (its
                              first and last month: 1至5月, 3月末) */
    bool year_of;          /* T_YEAR followed by 的 */
    bool comma_after;      /* T_YEAR followed by a clause break */
    bool list_break;       /* T_BREAK is 、 (a list inside a clause) */
    ingest_amount a;       /* T_FIG */
    bool neg;              /* T_FIG written with a minus sign */
    bool bare_scale;       /* T_FIG is a scale with no digit (万亿元) */
    bool bad;              /* T_FIG out of range (1,000 digits, 亿亿): never a claim */
    bool in_remark;        /* T_KW inside a short remark in parentheses ((预计,下同)) */
} tok;

typedef struct toks {
    tok *v;
    size_t n, cap;
    bool change;         /* set by ingest_tokenize(): a keyword of change starts
                            at some character of the sentence (a miss when the
                            sentence gives no claim) */
    bool bare_percent;   /* no % in the text so far: a bare number right after a
                            rate word is a % (its host stripped the signs) */
} toks;

/* Cuts t[0..len) into tokens appended to ts (grown as needed), and sets
 * ts->change.  Figures inside quotes are names.  Returns GC_OK or
 * GC_ENOMEM. */
int ingest_tokenize(const ingest_maps *m, const char *t, size_t len, toks *ts);

/* The quick test run on every sentence: can t[0..len) hold a figure? */
bool ingest_has_number(const ingest_maps *m, const char *t, size_t len);

/* ---- subjects (subject.c) ---- */

/* Copies t[a..b) into out without quotes and spaces, then trims the lead
 * and tail words (and the lead verbs when verbs is true).  An empty or
 * reversed range leaves out empty.  A failed allocation leaves out empty
 * and marks it failed (buf.failed). */
/* As ingest_clean_text, with the words looked for in mt, the matching form
 * of t (same length and offsets, traditional forms folded), and t's bytes
 * kept: 實現增加值 is cleaned as 实现增加值 is and keeps its characters. */
void ingest_clean_both(const ingest_maps *m, const char *t, const char *mt, size_t a, size_t b,
                       buf *out, bool verbs);
void ingest_clean_text(const ingest_maps *m, const char *t, size_t a, size_t b, buf *out,
                       bool verbs);

/* The cleaner's memo.  A clause's head is cleaned by several rules in
 * turn (the subject, the generic head, the tally test, a level's head), the
 * same range of the same text each time: while the grammar reads a
 * sentence, the last INGEST_CLEAN_MEMO results for ranges of its display
 * or matching text are kept, and a second cleaning of one is a copy.
 * ingest_clean_memo_start() begins a sentence (text and match are its two
 * texts, which must not change until ingest_clean_memo_end()); a cleaning
 * of any other text is not kept.  Without a memo (m->memo NULL) every
 * cleaning is done afresh; the results are the same. */
#define INGEST_CLEAN_MEMO 8

typedef struct ingest_clean_memo {
    const char *text, *match;   /* the sentence being read; NULL between sentences */
    size_t n, next;             /* entries filled; the one to replace next */
    struct {
        const char *t, *mt;     /* the texts and range cleaned, and verbs */
        size_t a, b;
        bool verbs;
        bool either;            /* the result holds for verbs either way */
        buf out;                /* the result */
    } e[INGEST_CLEAN_MEMO];
} ingest_clean_memo;

/* Starts the memo of m for a sentence with texts text and match (the same
 * pointer when nothing was folded), allocating it the first time; without
 * memory the cleaner simply works without a memo. */
void ingest_clean_memo_start(ingest_maps *m, const char *text, const char *match);

/* Forgets the sentence: its texts may change now. */
void ingest_clean_memo_end(ingest_maps *m);

/* Frees m's memo (NULL after). */
void ingest_clean_memo_free(ingest_maps *m);

/* A usable subject: two characters at least, no digit, not a bare verb. */
bool ingest_good_subject(const ingest_maps *m, const buf *s);

/* Does the head s[0..n) name an action (a tally) rather than a measure? */
bool ingest_is_action(const ingest_maps *m, const char *s, size_t n);

/* ---- constructions read before the rules (rules_zh_*.c) ---- */

struct reader;

#define RATIO_MAX 6          /* terms of one structure a:b:c */

/* The terms of one structure a:b:c. */
typedef struct zh_terms {
    size_t n;                /* terms */
    double v[RATIO_MAX];     /* the terms, sign applied */
    double res[RATIO_MAX];   /* their resolutions */
    size_t pos[RATIO_MAX];   /* where each starts in the sentence */
    size_t end;              /* the byte after the last term */
} zh_terms;

/* One structure, or two joined by words (由a:b:c调整为d:e:f: base, end). */
typedef struct zh_ratio {
    size_t n;                /* 1, or 2 for base and end */
    zh_terms s[2];
    int year[2];             /* the year written before each ("2015年的"); 0 none */
    char part[RATIO_MAX][80];/* the indicator of each term (第一产业, 第一产业贡献率) */
    char of[96];             /* the whole (地区生产总值, 经济增长) */
    size_t tokens;           /* tokens used, from the first term's */
} zh_ratio;

/* Reads a structure a:b:c whose first term is the unit-less figure
 * ts->v[i] (三次产业结构由12.4:45.1:42.5调整为9.8:41.7:48.5) into *q (rules_zh_ratio.c).
 * False when there is none, or no word before it names its parts (a clock
 * time, a score). */
bool ingest_zh_find_ratio(const struct reader *r, const toks *ts, size_t i, zh_ratio *q);

/* ---- the reader (rules_zh.c) ---- */

#define MAX_LIST 16
#define PENDING_ITEMS 16     /* list items kept uncleaned; more are cleaned at once */

#define MAX_BARE 8

typedef struct reader {
    /* Arrays read only below their counts (nlist, pending_n, nprev, nbare)
     * or written whole before they are read (named, made): the reader is
     * cleared for each sentence from ctx on (ingest_grammar_sentence), and
     * these 1.3 KB, more than half of it, are not. */
    char *list[MAX_LIST];  /* subjects of a 分别 list (nlist) */
    size_t pending_a[PENDING_ITEMS], pending_b[PENDING_ITEMS];  /* see pending */
    char named[192];       /* an indicator a rule built for one claim (工业增速) */
    tok made[2];           /* figures the rules made (a range, a unit-less figure),
                              in turn, so that last_fig stays valid */
    char *prev[MAX_LIST];  /* the 分别 list of the clause before (…分别出栏a、b，分别
                              增长c、d: the same items; nprev) */
    size_t bare_a[MAX_BARE], bare_b[MAX_BARE];  /* the clauses with no figure and no
                              keyword just before this one (A，B，C增加值分别…; nbare) */
    /* cleared for each sentence from here on */
    ingest_context *ctx;
    const ingest_maps *m;  /* ctx's lexicon and maps */
    const ingest_lexicon *lx;
    const ingest_sentence *s;
    const char *file;
    const ingest_sink *sink;
    const char *t;         /* the sentence, simplified for matching */
    size_t len;
    buf subject;           /* current subject */
    buf scratch;
    buf raw;               /* a head with its verbs, to tell a tally */
    buf excerpt;           /* the part of an over-long sentence a claim carries */
    buf of;                /* the whole of a share */
    size_t nlist, next_in_list;
    size_t list_figs;      /* figures after the 分别 up to the clause's end (0: not
                              counted): a list split to fit them */
    bool part_lead;        /* the clause opens with a part of a year (一季度增长8.1%) */
    bool base_lead;        /* the sentence opens with its base (。较去年同期上升4.5%) */
    size_t base_lead_at;   /* where the lead base's words end so far */
    bool grow_goal;        /* 增长的预期目标为9%: the target word after a growth verb
                              keeps the verb's role over the 为 */
    bool place_list;       /* the items before 分别 were places (香洲、金湾和斗门三个
                              行政区): the measure after it names every figure */
    buf pending;           /* figure-less clauses before this one, 、-joined (the
                              items read so far: see pending_a) */
    /* The items of such a list not yet cleaned: [pending_a[i], pending_b[i]).
     * Most lists of figure-less items (聚焦人工智能、集成电路、…) end with their
     * clause and no subject after them that takes them in: the items are
     * cleaned only when one does (ingest_zh_pending_read); pending_a and
     * pending_b are at the head of the reader. */
    size_t pending_n;
    char grown[192];       /* the indicator of the sentence's last claim when that was a
                              growth rate (…同比增长3.5%), "" otherwise */
    const lex_entry *grown_role;  /* the role keyword of that claim (增长, 增速, 下降) */
    ingest_kind grown_kind;       /* and its kind (growth_yoy, change_pct) */
    size_t plan_value_end; /* where a plan's goal value ends (比计划目标3000亿元); 0 none */
    bool base_seen, goal_seen;  /* a 比/较 and a goal word (目标) were read in the
                              sentence: only then may a figure be a plan's goal */
    bool pull_list;        /* the 分别 list's subject names a pull (拉动): no claims */
    bool list_one_name;    /* the 分别 list is one name over a list of parts */
    bool bare_list;        /* the 分别 list is bare items, or reaches into the clauses before it */
    size_t list_from;      /* where the text of the 分别 list's items starts */
    size_t pending_start;  /* where the first of them starts; SIZE_MAX if none */
    int claims;
    int rc;
    /* sentence state */
    int from_year, base_year, lead_year, to_year, range_from, range_to;
    int plan_from, plan_to, review_years;
    int rel_year;          /* 今年, 去年, 明年 resolved against the document */
    int semi_year;         /* the year leading the sentence before, which ended
                              with ； (ctx->semi_year); 0 none */
    int semi_part_from, semi_part_to;  /* its part (ctx->semi_part_*): a figure
                              with no part of its own has it when that part opened
                              the sentence or the figure goes on with its subject */
    bool semi_part_opens;
    bool part_opens;       /* the sentence's part opened it (上半年，…), not after 其中 */
    size_t prev_year_end;  /* where the last 比上年(同期) ends; 0 none */
    size_t review_at;      /* 1 + where a span word (五年, 三年来) was read; 0 none */
    bool plan_opens;       /* a plan period opens the sentence (“十一五”期末，) */
    bool plan_point;       /* the plan is named by its end (期末): a level is the
                              end year's, not a sum over the period */
    int ahead_years;       /* 提前两年实现: the goal is met so many years before the
                              end year in force */
    int part_from, part_to;  /* a part of a year named in the sentence (一季度) */
    /* parts joined by 、和 before any figure of their clause (第一季度、上半年、
     * 第三季度…; 上半年和下半年，…): in turn the parts of the figures of a 分别
     * list as long (time_zh_part.c) */
    int plist_from[MAX_LIST], plist_to[MAX_LIST];
    size_t nplist;         /* how many parts so joined; 0 none */
    size_t plist_last, plist_end;  /* where the last of them starts and ends */
    size_t plist_next;     /* the list's next figure, while plist_on */
    bool plist_on;         /* a 分别 list's figures take the parts in turn */
    int plist_para_from, plist_para_to;  /* the paragraph's part before the first:
                              a list of parts frames no paragraph */
    int from_part_from, from_part_to;  /* a part named after 由/从 before its figure
                              (由1-4月的5.1%, 由上年四季度的5.1%): the base figure's,
                              not the sentence's; 0 for none */
    bool from_prev_year;   /* 由上年的…: the base is the year before the end */
    bool estimated, target, cumulative, basis_sticky_para, goal_word;
    ingest_basis basis;
    bool prev_year_base;
    /* clause state */
    size_t clause_start;
    size_t head_start;     /* where the clause's subject may start */
    bool clause_has_fig, clause_has_kw, clause_action;
    bool skip;             /* 应到362人: the figures of the clause are no claims */
    bool forecast_open;    /* the clause compares with an earlier forecast and has
                              not said by how much yet (较5月预测1.82%，减少0.37个
                              百分点: the next clause's gap is no claim either) */
    bool on_period;        /* 环比, 按月: the clause's changes are on the period
                              before (change_pct), not on a year before */
    bool period_frame;     /* 从环比看，…: so are those of the sentence's later clauses */
    bool period_said;      /* the sentence's last change with a base was on the period
                              before (环比上涨2.0%，影响CPI上涨0.57个百分点: yes) */
    unsigned made_n;
    const tok *ranged;     /* the figure read as a range, with its high end */
    double range_high;
    bool unitless;         /* the figure is a measure's with no unit (倍差1.87) */
    int level_head;        /* ingest_zh_level_head() of the clause's head */
    bool clause_kw;        /* the clause has a keyword */
    size_t cumulative_at;  /* the start of the clause 累计 was read in */
    bool tally_carry;      /* the clauses before were tallies (新建A 14个，B 6所): a
                              clause of a noun and a count goes on with them */
    const lex_entry *role; /* last role keyword in the clause */
    const lex_entry *clause_rate; /* the last rate word (增速, 增幅) read in the clause */
    bool from_rate;        /* the clause's 由 followed its rate word (增幅由A上升至B):
                              both figures are that rate */
    const lex_entry *rate_open; /* that word, when its clause ended with no figure (增幅最大，) */
    size_t role_end;
    size_t verb_pos;       /* the role keyword or 占 of the clause, for 约占 */
    size_t list_start;     /* where the current subject (with its 、 list) starts */
    bool avg, share, share_word, have;
    int fig_year;          /* "2016年的" just before the next figure */
    bool fig_year_from;    /* that year came after 由/从 */
    bool real_here, nominal_here;
    bool pending_level;    /* a tally level waiting to see if a share follows */
    const lex_entry *list_role;  /* 增加A 1万个、B 1350个: the verb over a 、 list */
    bool in_list;          /* the clause follows a 、 */
    ingest_claim pend;
    const tok *last_fig;
    const lex_entry *last_role;
    /* constructions (rules_zh_pair.c) */
    size_t nhist;          /* subjects in ctx->pair_hist so far */
    size_t run_end;        /* a run of paired figures (2.5万户、9.9万人和256.8亿元)
                              reaches this far: a comma inside it keeps the list */
    bool own_subject;      /* the clause found a subject of its own */
    bool named_bound;      /* a bound before the clause's head is part of its
                              name (营业收入超20亿元的企业达15家) */
    bool shared;           /* the subject is a list with one predicate for every
                              item (A、B均超…): one claim each */
    bool base_open;        /* the clause opened with 比/较: what follows up to the
                              verb is the base compared with, not a subject */
    int budget;            /* the figure read is a budget report's base or budget
                              (rules_zh_budget.c), ZH_BUDGET_NONE if not */
    size_t base_rate_at;   /* 1 + where a rate written as a comparison's base starts
                              (比上年全年增长5.2%回落0.2个百分点); 0 none */
    int base_rate_dy;      /* its year against the figure's (-1: 上年, 去年) */
    int base_rate_from, base_rate_to;  /* its part: -1 the whole year (全年), 0 the
                              figure's, else months (较一季度增长5.3%) */
    bool share_carried;    /* the share word of a clause with no figure goes on into
                              this one (占比不断提升，由18.2%提高至21.6%) */
    size_t topic_a, topic_b;  /* the last clause with no figure and no keyword
                                 (第二产业增势强劲): a topic for a bare attribute */
    /* lists over clauses (rules_zh_list.c) */
    size_t nprev;
    bool took, prev_took;  /* the items took the measure after 分别 (出栏) */
    bool list_level;       /* a figure of the 分别 list was a plain level: the
                              figures after it in the list are too */
    size_t nbare;
    bool clause_tok;       /* the clause has a token (a year, a part, a keyword, a
                              figure): not a bare item */
} reader;

/* ---- claims (rules_zh.c, rules_zh_kind.c) ---- */

/* Hands a claim to the sink with its unit and source filled in (c0 is not
 * changed; one claim per item of a shared list subject).  A claim with a
 * non-finite number or no indicator is dropped.  Returns GC_OK or the
 * sink's status. */
int ingest_zh_emit(reader *r, const ingest_claim *c0, const tok *f);

/* Fills c's value, high end, base-unit value and resolution from figure f,
 * sign applied (-1 for a fall). */
void ingest_zh_fill_value(const reader *r, ingest_claim *c, const tok *f, double sign);

/* Makes the cleaned head in r->scratch (already found a good subject) the
 * subject, after the figure-less list items pending before it. */
void ingest_zh_set_subject(reader *r);

/* Cleans the figure-less list items noted before the clause's head into
 * r->pending (the good subjects among them, 、-joined), as clause_reset once
 * did at each 、; r->scratch is left as it is.  Nothing to do when they
 * were read already. */
void ingest_zh_pending_read(reader *r);

/* Does the head t[a..b) of the clause name an action (a tally: 新建学校)
 * rather than a measure?  Sets r->level_head. */
bool ingest_zh_head_is_action(reader *r, size_t a, size_t b);

/* Turns figure f, with its role (NULL for none) and the year written with
 * it (0 none; year_after_from: after 由/从), into a claim of the kind they
 * make (rules_zh_kind.c).  Returns GC_OK, or an error of the sink or
 * GC_ENOMEM. */
int ingest_zh_figure_claim(reader *r, ingest_claim *c, const tok *f, const lex_entry *role,
                           int year, bool year_after_from);

/* ---- time (time_zh.c): the year or period of a claim ---- */

/* Gives c the period of a claim over several years (avg: an average rate,
 * whose written span 2016—2020年 counts from the year before its first). */
void ingest_zh_period(const reader *r, ingest_claim *c, bool avg);

/* Gives c the year of a point claim: year when written (inferred as the
 * caller says), else the year in force. */
void ingest_zh_point(const reader *r, ingest_claim *c, int year, bool inferred);

/* The base of 由A增至B with no year written for A: the start of the period
 * in force, a sibling pair's base, 上年; none rather than the end year. */
void ingest_zh_base(const reader *r, ingest_claim *c);

/* Is the base year written (比2017年) the year before the year in force
 * (2018年…): a change over one year, the end year's (RULES: one-year
 * changes)? */
bool ingest_zh_base_year_before(const reader *r);

/* Does a change in r's sentence run over the span it writes (2012—2021年，…
 * 累计增加16382元), not over one year (比上年, a year of its own)? */
bool ingest_zh_over_span(const reader *r);
/* Is a figure with no time of its own a goal of the plan the text presents
 * (ingest_context.doc_plan_to), no review speaking of it? */
bool ingest_zh_plan_goal(const reader *r);

/* Does the token ts->v[i] follow a figure with the name of another measure
 * in between and no break (增长9%一般公共预算收入完成…: a comma lost)?  Then
 * a new clause starts at the figure's end (rules_zh_noise.c). */
bool ingest_zh_lost_break(const reader *r, const toks *ts, size_t i);

/* Does the name of another measure start at t[a], right after a figure, with
 * no break (270亿元地方税占比…: a comma lost, not a count before its noun)? */
bool ingest_zh_name_after(const reader *r, size_t a);

/* Is a figure whose clause opens with 其中 and a year of its own, and whose
 * head (cleaned, in head) is empty or a verb alone (其中2005年完成59.15亿元),
 * a level of the subject in force in that year? */
bool ingest_zh_year_part(const reader *r, const buf *head);

/* Is the keyword ts->v[i], 到 right before a year with no subject before it
 * (到2025年全市…, 《纲要》提出到2025年…), the goal year's preposition rather
 * than a verb?  Then the subject starts after the year (r->head_start). */
bool ingest_zh_goal_year_lead(reader *r, const toks *ts, size_t i);

/* Before a sentence is read: the plan period, year and part of an earlier
 * sentence of its paragraph that ended with ； hold for it (“十一五”期末，A…；B…). */
void ingest_zh_time_start(reader *r);

/* After it was read: keep or drop that plan period for the next sentence,
 * and the year and part it led with when it ended with ；. */
void ingest_zh_time_end(reader *r);

/* A sentence with no figure to read: a ； chain ends at its 。 (or a new
 * paragraph) all the same. */
void ingest_zh_time_skip(ingest_context *ctx, const char *t, size_t len, bool para_start);

/* Does 累计 sum over several years here (a review), not a year's total (a
 * communiqué's 累计完成, a release's 1-6月累计)? */
bool ingest_zh_sum_over_years(const reader *r);

/* A year token k (prev: the token before it). */
void ingest_zh_on_year(reader *r, const tok *k, const tok *prev);

/* A claim of a measure of the summer harvest (夏粮, 小麦产量) with a part of
 * a year: the part is dropped, the figure is the year's (time_zh_cues.c). */
void ingest_zh_whole_year(const reader *r, ingest_claim *c);

/* Is a span word (五年, 十年来) in the clause being read, with no year or
 * base of the clause's own, so that a change there is over the span?
 * (time_zh_cues.c) */
bool ingest_zh_span_in_clause(const reader *r);

/* A part of a year token (1至5月), prev the token before it. */
void ingest_zh_on_part(reader *r, const tok *k, const tok *prev);
/* A part of a year at k (T_PART or a part keyword), before it is read:
 * true when only 、 or 和 stands between it and a part before it in a
 * clause with no figure yet (第一季度、上半年、…); else a list may start at
 * it.  After it is read (r->part_from, r->part_to set), ingest_zh_part_listed
 * adds it to the list. */
bool ingest_zh_part_joins(reader *r, const tok *k);
void ingest_zh_part_listed(reader *r, const tok *k, bool joined);
/* At the 分别 of ts->v[i]: the figures after it take the listed parts in
 * turn when as many figures follow (…分别为-9.9%、-4.6%和-0.6%), or the
 * quarters when the clause reads 各季度 (各季度GDP累计增速分别为…). */
int ingest_zh_part_list_fenbie(reader *r, const toks *ts, size_t i);
/* The 分别 list as n items of one name: its last item after the part
 * part[0..pn) and a 的 it starts with (3月及首季的出口价格指数，按年分别升…);
 * the list freed when the last item does not start with the part.  Returns
 * GC_OK or GC_ENOMEM. */
int ingest_zh_list_one_name(reader *r, const char *part, size_t pn, size_t n);
/* Before a figure is read: its part from the list, if one is handed out. */
void ingest_zh_part_list_take(reader *r);

/* A time keyword (今年, 去年, 明年, 上半年, a span, a plan, 目标): true when
 * it was one and is handled; prev is the token before it. */
bool ingest_zh_time_word(reader *r, const tok *k, const tok *prev);

/* Is the figure ts->v[i] a rate written as the base of a comparison in points
 * (比上年全年增长5.2%回落了0.2个百分点)?  Notes it and the base's time in r
 * (base_rate_*); time_zh.c. */
void ingest_zh_base_rate(reader *r, const toks *ts, size_t i);

/* Gives claim c of the figure at pos the time of the base it states, when
 * ingest_zh_base_rate() found one there. */
void ingest_zh_base_rate_time(const reader *r, ingest_claim *c, size_t pos);

/* Reads the tokens of r's sentence by the Chinese rules: emits claims to
 * r->sink, updates r's sentence state.  Returns GC_OK, GC_ENOMEM or a
 * sink's non-zero value. */
int ingest_zh_read(reader *r, const toks *ts);

/* Frees what the rules allocated in r (its 分别 list, a pending claim). */
void ingest_zh_done(reader *r);

/* ---- sentence constructions (rules_zh_pair.c) ---- */

/* Does the clause open at pos: nothing but words that come before a
 * subject (累计, 预计) between its start and pos? */
bool ingest_zh_clause_opens(reader *r, size_t pos);

/* Notes the subject of a claim about to be emitted, for a later 分别 or run
 * of paired figures that names none of its own. */
void ingest_zh_note_subject(reader *r, const char *subject);

/* Figure ts->v[i] starts a run of figures joined by 、, 和 or a bare comma
 * (为2.5万户、9.9万人和256.8亿元; 年均增长9.1%和6.7%): pairs them with the
 * items of the subject when it lists as many, else, for a clause without
 * a subject of its own, with as many subjects of the sentence's earlier
 * clauses.  Sets r->list and r->run_end.  Returns GC_OK or GC_ENOMEM. */
int ingest_zh_pair_run(reader *r, const toks *ts, size_t i);

/* Is figure f a ratio to a plan or budget (完成年度计划的24.1%,
 * 为调整预算数的100.66%)?  Not a claim (tests/corpus/RULES.md). */
bool ingest_zh_plan_ratio(const reader *r, const tok *f);

/* A subject that is only a generic head (总量) standing for the noun of
 * the clause before: replaces r->scratch with that noun and the head.  */
void ingest_zh_generic_head(reader *r, size_t a, size_t b);

/* Does the head t[a..b) end with a mark of one predicate for a list of
 * subjects (A和B均实现翻番, A、B双双)? */
bool ingest_zh_shared_mark(reader *r, size_t a, size_t b);

/* Splits subject s into r->list at the list separators and completes the
 * items (城镇、农村居民收入; 民营经济户数、从业人员; 城乡 as two items).
 * Leaves fewer than two items as none.  Returns GC_OK or GC_ENOMEM. */
int ingest_zh_split_subject(reader *r, const char *s, size_t n);

/* The numbers with no unit, and so no token, before the points figure
 * ts->v[i], one list separator apart (回落2.16和1.66个百分点, 下降1.0、0.8和
 * 2.6个百分点): at most max, into out in the points unit and the order
 * written; how many. */
size_t ingest_zh_keyword_in(const reader *r, size_t a, size_t b, int code);
size_t ingest_zh_points_bare_run(const reader *r, const toks *ts, size_t i, tok *out, size_t max);

/* The same run before a figure of any unit (增长3.1、4.5和6.2%: the % is
 * written once for all three); the caller reads it only when a 分别 list
 * has one name for each figure. */
size_t ingest_zh_unit_bare_run(const reader *r, const toks *ts, size_t i, tok *out, size_t max);

/* The figure in points that closes a run after figure ts->v[i] written
 * with the first half of that unit only (低3.2个、25.9个、6.7个百分点,
 * 分别提高0.5个和0.1个百分点), or NULL: then ts->v[i] is in points too. */
const tok *ingest_zh_points_later(const reader *r, const toks *ts, size_t i);

/* The figures after token ts->v[i] up to the end of its clause (a 、 does not
 * end it): how many items the 分别 list at i names. */
size_t ingest_zh_figures_after(const toks *ts, size_t i);

/* A subject that is only an item of a parallel pair (外资 after 实际使用内资,
 * 产量 after 中草药材面积): replaces r->scratch with the previous subject's
 * whole and this item. */
void ingest_zh_parallel_head(reader *r);

/* ---- comparison, basis, contribution (rules_zh_cons.c) ---- */

/* Is figure f, in points, a gap against another place or indicator
 * (高出全国平均水平2.9个百分点, 比全省平均水平高1个百分点) rather than a
 * change of the subject?  Not a claim (tests/corpus/RULES.md). */
bool ingest_zh_gap(const reader *r, const tok *f);

/* Where a basis phrase opening at a ends (按常住人口计算: after 计算); 0
 * when none opens there. */
size_t ingest_zh_basis_end(const reader *r, size_t a);

/* A head X对Y的贡献率 in r->scratch: makes it X贡献率, Y the whole (r->of),
 * and the clause's figures shares. */
void ingest_zh_contribution(reader *r);

/* A figure beside a plan's goal (比“十五”计划目标3000亿元超过1070亿元):
 * PLAN_VALUE when it is the goal's value (right after 比…目标), PLAN_GAP
 * when it is the excess over the goal (after the value, or after 比…计划
 * and a verb, or after 超出…目标): a gap, no claim (tests/corpus/RULES.md). */
enum { PLAN_NONE, PLAN_VALUE, PLAN_GAP };
int ingest_zh_plan_gap(const reader *r, const tok *f);

/* The indicator ind of a points figure compared with the subject's own
 * past (工业增速比上年同期慢0.7个百分点) named with the rate word before the
 * base (工业增速): a change of the rate, not of the measure.  Returns ind,
 * or r->named holding the longer name. */
const char *ingest_zh_rate_named(reader *r, const tok *f, const char *ind);
/* 同比增长3.5%，比上月加快0.4个百分点: the change in points fig of that rate,
 * named ind + the rate word (rate-name), when ind was the growth's; else ind. */
const char *ingest_zh_rate_after(reader *r, const tok *fig, const char *ind);

/* A rate keyword (增速, 增长率) after a subject that opens with 年均
 * (年均经济增速达到5.4%): the subject loses the word and the rate is an
 * average (r->avg). */
void ingest_zh_rate_avg_head(reader *r, const tok *k);

/* A clause whose head (r->scratch, cleaned, ending at pos) is a rate noun
 * alone (…，增长率为7.8%, 增长速度为): the rate of the subject before, whose
 * figure is a growth rate (a growth keyword's role, kept over the 为).
 * False, and nothing changed, for any other head or with no subject yet. */
bool ingest_zh_rate_head(reader *r, size_t pos);
/* Is the clause's head t[a..pos) a per-period word alone (日均约7.4亿元 after
 * 博彩毛收入206.27亿元)?  Then the scratch subject is that word and the subject
 * before (日均博彩毛收入). */
bool ingest_zh_per_period_head(reader *r, size_t a, size_t pos);
/* A sentence that opens with its base (base_lead) goes on to the keyword or
 * figure at t[pos..end) when only tail words (则, 约, 的) stand between and
 * the token does not end it (stop: 分别, or 的 after the figure); else it
 * names no measure of the sentence before (。同比增速最快的行业增长25%). */
void ingest_zh_lead_goes_on(reader *r, size_t pos, size_t end, bool stop);

/* A clause subject (r->scratch) opening with a demonstrative (这, 该, 此) points
 * back to the subject before (the clause's, else the one carried from the
 * sentence before): 这指数 after 贸易价格比率指数, 该行业的净产值 after
 * 金融及保险业的净产值, 该月 (a time alone).  Replaces r->scratch with it
 * when the words after the demonstrative are a month or a year (月, 年) or
 * end that subject (after 的, if any), unless a place follows the
 * demonstrative (该省) or that subject opens with one too; true when it did.
 * Else r->scratch is left as written. */
bool ingest_zh_pointer_subject(reader *r);

/* Is figure f, in points, the gap between the subject now and its own
 * past after 比/较 and an adjective (增速比一季度低3.2个百分点, 比上年高1.1个
 * 百分点)?  Then a change of the subject: *down for 低 and 慢. */
bool ingest_zh_time_gap(const reader *r, const tok *f, bool *down);

/* A rate keyword k (增速) after a head that names only a whole (全国, 全区,
 * and a part of a year: 全国第四季度增速): that whole's rate, subject 增速,
 * not the subject the clause would inherit from another place's figures. */
void ingest_zh_whole_rate(reader *r, const tok *k);

/* The first keyword of the lexicon with role code (NULL if none): a role
 * for a figure whose keyword the text leaves out. */
const lex_entry *ingest_zh_role_entry(const reader *r, lex_role code);

/* A contribution subject whose contributor is a structure (三次产业贡献率)
 * before 分别: lists its parts (第一产业贡献率, …) in r->list.  Returns
 * GC_OK or GC_ENOMEM. */
int ingest_zh_contribution_parts(reader *r);

/* The whole of a share after 占 or 相当于 at keyword k, up to 的 or 比重 or
 * the next figure (next_fig, NULL: the sentence's end), into r->of
 * (占全市的40% -> 全市). */
void ingest_zh_share_whole(reader *r, const tok *k, const tok *next_fig);

/* The first figure after token i of ts in its clause (a 、 does not end
 * it), or NULL. */
const tok *ingest_zh_next_figure(const toks *ts, size_t i);

/* 全市占比, 全国比重: the whole written before the share word k becomes
 * r->of and the subject stays the previous clause's.  True when it did. */
bool ingest_zh_whole_before(reader *r, const tok *k);

/* A percentage f before (以上)的增幅/速度: the growth keyword whose role it
 * plays (年均 before it in the clause: an average), else NULL. */
const lex_entry *ingest_zh_postposed(const reader *r, const tok *f);

/* 新增2047户 in a clause of no subject of its own after one that has one:
 * the net change keyword whose role it plays, else NULL. */
const lex_entry *ingest_zh_bare_net(const reader *r, const tok *f);

/* A percentage in brackets right after a name (服装(10.9%), 衣履(-2.99%)) in a
 * sentence of rises or falls, or signed, and in no comparison (比全省(7.7%)):
 * the rate of the item it follows, whose name becomes the subject.  role is
 * the growth keyword the figure has already (升幅较大的有烟酒(+11.08%)), or
 * NULL; returns the role it plays: role, else a growth keyword when it is
 * such a rate, else NULL. */
const lex_entry *ingest_zh_bracketed_rate(reader *r, const tok *f, const lex_entry *role);

/* Is f a count of the things named right after it (31项指标)? */
bool ingest_zh_counted_noun(const reader *r, const tok *f);

/* Is the clause's head before the prefix word at pos (预计, 累计) only a
 * scope (全区)?  The subject then starts after that word. */
bool ingest_zh_scope_head(reader *r, size_t pos);

/* A basis named with 下同 (（按可比价格计算，下同）) holds for the whole
 * sentence, the figures before it too: sets r->basis. */
void ingest_zh_same_below(reader *r, const toks *ts);

/* The subject a sentence after ； inherits ("" none). */
const char *ingest_zh_carried(const reader *r);
/* Does the clause t[a..b), with no figure or keyword, open with a rank-next
 * word (其次为服装，上升3%)?  Then r->scratch gets what it names after the
 * word, the subject of the clauses after it, and true is returned when that
 * is a usable subject; false for any other clause. */
bool ingest_zh_rank_topic(reader *r, size_t a, size_t b);

/* At the end of a sentence: keeps its last subject for the next when it
 * ended at ；, else forgets the carried one. */
void ingest_zh_carry_out(reader *r);

/* ---- 分别 lists (rules_zh_list.c) ---- */

/* Splits the subjects before a 分别 at kw_pos into r->list and completes
 * short items; a list of fewer than two is none.  Returns GC_OK or
 * GC_ENOMEM. */
int ingest_zh_build_list(reader *r, size_t kw_pos);

/* Adds s (copied) to r's list.  Returns GC_OK or GC_ENOMEM. */
int ingest_zh_list_add(reader *r, const char *s);

/* Frees r's list and empties it. */
void ingest_zh_free_list(reader *r);

/* Completes short items from the first and the last (shared prefix and
 * suffix: 党组织和工会组织覆盖率).  Returns GC_OK or GC_ENOMEM. */
int ingest_zh_complete_items(reader *r);

/* ---- lists over clauses (rules_zh_list.c) ---- */

/* At a clause's end: keeps its 分别 list for the next clause (freed when a
 * clause with none ends) and records a bare clause. */
void ingest_zh_runs_clause_end(reader *r, size_t brk, bool list_break, bool bare);

/* 分别出栏a、b: the measure named between 分别 (ts->v[i]) and its first
 * figure goes to every item.  Returns GC_OK or GC_ENOMEM. */
int ingest_zh_list_measure(reader *r, const toks *ts, size_t i);

/* A 分别 with no subject of its own takes the list of the clause before
 * when it has as many items as figures follow and the items split from
 * the subject carried are not as many, or the kept ones took a measure;
 * a list shorter than its
 * figures takes the bare clauses before as items (A、B，C，D增加值分别…).
 * Returns GC_OK or GC_ENOMEM; r->nlist stays 0 when neither applies. */
int ingest_zh_list_carried(reader *r);
int ingest_zh_list_from_bare(reader *r, size_t a, size_t kw_pos);

/* A clause with no subject of its own whose figures, from ts->v[i] on, are
 * as many as the items of the list of the clause before takes that list
 * again (中、小型企业PMI分别为a和b，比上月上升c和d个百分点).  Returns GC_OK
 * or GC_ENOMEM; r->nlist stays 0 when the rule does not apply. */
int ingest_zh_list_again(reader *r, const toks *ts, size_t i);
/* The first token of the clause of ts->v[i] (the 、 breaks inside it passed
 * over), and whether a gap verb (快于, 拉动) starts in r->t[a..b). */
size_t ingest_zh_clause_first(const toks *ts, size_t i);
bool ingest_zh_gap_verb_in(const reader *r, size_t a, size_t b);

/* Frees the kept list. */
void ingest_zh_runs_done(reader *r);
/* The subject (an item of a list after a colon, starting at item_a) put
 * into the slot the head before the colon names (输往所有主要目的地的整体
 * 出口货量均录得跌幅：美国(-25.3%): 输往美国的整体出口货量); unchanged when the
 * head names none. */
void ingest_zh_colon_slot(reader *r, size_t item_a);

/* s[0..n) with traditional forms folded into out (cap bytes, n < cap): the
 * same length and offsets.  False when it does not fit or is no UTF-8. */
bool ingest_zh_fold_copy(const ingest_maps *m, const char *s, size_t n, char *out, size_t cap);

/* ---- figures (rules_zh_figure.c) ---- */

/* A range at figure ts->v[i] (增长8%—10%, 8%至10%, 20—60万元): fills lo with
 * the figure to read (its low end, its position the low end's, its end the
 * high end's) and *high with the high end, in lo's unit; returns the tokens
 * it takes (1 or 2), 0 when the figure is no range. */
size_t ingest_zh_range(const reader *r, const toks *ts, size_t i, tok *lo, double *high);

/* Is keyword ts->v[i] the separator of a range whose low end has no unit
 * (20到60万元)?  It then plays no role. */
bool ingest_zh_range_keyword(const reader *r, const toks *ts, size_t i);

/* The row naming r's subject as a measure stated with no unit (倍差, 之比,
 * 指数), or with a unit of its own (预期寿命: 岁, the row's value); NULL. */
const lex_entry *ingest_zh_unitless(const reader *r);

/* A head s[0..n) whose verb makes its object a level, not a tally
 * (完成建筑业总产值, 新增城镇就业): 2 when the verb sums over a period in
 * force (完成, 新增), 1 for another such verb (实现), 0 for none. */
int ingest_zh_level_head(const ingest_maps *m, const char *s, size_t n);

/* Is figure f a bound naming a class of things (5000平方米以上的农贸市场,
 * 10亿元以上项目, 超50亿元的园区) rather than a figure of the text's own? */
bool ingest_zh_threshold(const reader *r, const tok *f);


/* A subject s good but for the digits of a bound inside it (营业收入超20亿元的
 * 企业): two characters at least, not a bare verb, the digits in the name. */
bool ingest_zh_named_subject(const reader *r, const buf *s);

/* The span a duration written right before keyword k (翻一番, 翻两番) names
 * (两年翻一番, 3年翻两番, 十年翻一番: 2 to 10 years) in *years; returns the
 * duration's length in bytes, 0 (and *years 0) when there is none. */
size_t ingest_zh_span_before(const reader *r, const tok *k, int *years);

/* Does subject s[0..n) name things counted, not a measure (亿元以上项目)? */
bool ingest_zh_tally_subject(const reader *r, const char *s, size_t n);


/* ---- idioms (rules_zh_idiom.c) ---- */

/* Keyword ts->v[i], a verb or noun of change, after a bound written as an
 * idiom (两位数增长, 两位数的增幅): fills g with that figure (10 %, its
 * position the idiom's) and returns 1, or 2 for an average rate (年均两位数
 * 增长, g then starting at 年均); 0 when there is none, or the idiom speaks
 * of every year of a span (连续五年保持两位数增长). */
size_t ingest_zh_idiom(const reader *r, const toks *ts, size_t i, tok *g);

/* Does doubling keyword k speak of each item of r's subject: a word that
 * says so (双倍增), or a list of measures (地区生产总值和城镇居民收入比2010年
 * 翻一番)? */
bool ingest_zh_each_doubled(const reader *r, const tok *k);

/* Is percentage f a share of the noun written after it (全省90%以上的行政村
 * 实现快递进村, 以占全市12%的土地, 贡献了18.5%的工业增加值), the words before
 * it naming no measure and nothing after it in the clause a figure?  The
 * noun is t[*na..*nb), what is said of it t[*nb..*pb). */
bool ingest_zh_named_after(const reader *r, const tok *f, size_t *na, size_t *nb, size_t *pb);

/* When ingest_zh_named_after() holds for f: makes the noun (with what is
 * said of it: 实现快递进村的行政村) the subject, the clause's figures shares,
 * a whole written before the figure (全省) their whole, and returns true. */
bool ingest_zh_share_after(reader *r, const tok *f);

/* ---- budget reports (rules_zh_budget.c) ---- */

enum { ZH_BUDGET_NONE, ZH_BUDGET_BASE, ZH_BUDGET_PLAN };

/* What figure f is beside its clause's own figure: ZH_BUDGET_BASE for the
 * level a year earlier right after 比上年(同期) and before a verb of change
 * (比上年同期144987万元增收1858万元), ZH_BUDGET_PLAN for the year's budget or
 * plan before the 的 of a completion ratio (完成年初预算245800万元的59.74%),
 * ZH_BUDGET_NONE otherwise.  Either keeps the clause's subject. */
int ingest_zh_budget_kind(const struct reader *r, const tok *f);

/* For a figure r->budget says is one, gives c its kind and time, a level
 * of the year before (same part of the year) or the whole year's budget
 * (target), and returns true; false for any other figure. */
bool ingest_zh_budget_time(const struct reader *r, ingest_claim *c);

#endif
