# growthcheck -- check the growth claims of official reports.
#
# Settings you may override on the command line (make CC=clang PREFIX=/opt):
CC       ?= cc
CFLAGS   ?= -O3 -g
# Link-time optimisation of the growthcheck program: "auto" uses it with GCC
# (extraction about 7% faster end to end, `make bench`); LTO= turns it off.
LTO      ?= auto
# Profile-guided optimisation of the growthcheck program: PGO=1 builds it
# twice, trained in between on the committed texts (tools/pgo.sh; GCC only).
# extract runs some 8% fewer instructions and ~5% less CPU time (measured at
# load 14, 100 MB corpus; 12-16% in a noisier lighter run); off by
# default, as every change of a source then compiles the program twice more.
PGO      ?= 0
WERROR   ?= -Werror
PREFIX   ?= /usr/local
DESTDIR  ?=
BUILD    ?= build
PKG_CONFIG ?= pkg-config
GNUPLOT  ?= gnuplot
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?=
CORPUS   ?= ../shared/corpus
EVAL_FLAGS ?=

# ---- nothing to change below ----------------------------------------------

.DEFAULT_GOAL := all
# `make V=1` shows the full commands; by default one short line a step.
say       = $(if $(V),,@printf '  %-6s %s\n' $(1) $(2);)
BIN      := $(if $(filter build,$(BUILD)),growthcheck,$(BUILD)/growthcheck)
LIB      := $(BUILD)/libgrowthcheck.a
VERSION  := 0.1.0

WARN     := -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
            -Wwrite-strings -Wformat=2 $(WERROR)
# Recursive (=) so that pkg-config runs when a recipe needs the flags, after
# `make deps` may have installed the packages.
PKG_CFLAGS = $(shell $(PKG_CONFIG) --cflags gsl libcjson)
PKG_LIBS   = $(shell $(PKG_CONFIG) --libs gsl libcjson)
CMOCKA_CFLAGS = $(shell $(PKG_CONFIG) --cflags cmocka)
CMOCKA_LIBS   = $(shell $(PKG_CONFIG) --libs cmocka)
# GCC's objects carry machine code beside their LTO form (fat), so that the
# tests and benchmarks link them as usual and only the program pays the
# optimising link.
LTO_FLAGS := $(if $(filter auto,$(LTO)),$(if $(findstring Free Software,$(shell $(CC) --version \
               2>/dev/null)),-flto=auto -ffat-lto-objects),$(LTO))
ALL_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L -DGC_VERSION='"$(VERSION)"' \
             $(WARN) $(PKG_CFLAGS) -MMD -MP $(CFLAGS)

LIB_SRC  := $(wildcard common/*.c ingest/*.c analysis/*.c plots/*.c report/*.c)
CLI_SRC  := $(wildcard cli/*.c)
TEST_SRC := $(wildcard tests/unit/test_*.c)
BENCH_SRC := $(wildcard bench/*.c)
FUZZ_SRC := $(wildcard tests/fuzz/fuzz_*.c)
LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/%.o)
CLI_OBJ  := $(CLI_SRC:%.c=$(BUILD)/%.o)
TEST_BIN := $(TEST_SRC:tests/unit/%.c=$(BUILD)/tests/%)
BENCH_BIN := $(BENCH_SRC:bench/%.c=$(BUILD)/bench/%)
REPLAY_BIN := $(FUZZ_SRC:tests/fuzz/fuzz_%.c=$(BUILD)/fuzz/replay_%)
GEN_SRC  := $(BUILD)/gen/indicators_data.c $(BUILD)/gen/names_data.c \
            $(BUILD)/gen/deflator_data.c $(BUILD)/gen/lexicon_zh.c \
            $(BUILD)/gen/lexicon_en.c $(BUILD)/gen/release_cn_data.c \
            $(BUILD)/gen/release_en_data.c $(BUILD)/gen/release_gc_data.c
GEN_OBJ  := $(GEN_SRC:.c=.o)
PAGE_SRC := report/review.html.in report/review.css report/review.js
PAGE_GEN := $(BUILD)/gen/review_page.c
PAGE_OBJ := $(BUILD)/gen/review_page.o

.PHONY: all deps run test check asan bench fuzz clean install lint eval eval-baseline

all: $(BIN)

$(BUILD)/%.o: %.c
	@mkdir -p $(@D)
	$(call say,CC,$<) $(CC) $(ALL_CFLAGS) $(LTO_FLAGS) -c -o $@ $<

# The indicator table is data (analysis/indicators.tsv) compiled into the
# library as a C string, so the binary needs no data files at run time.
$(BUILD)/gen/indicators_data.c: analysis/indicators.tsv tools/embed.sh
	@mkdir -p $(@D)
	$(call say,GEN,$@) sh tools/embed.sh analysis_indicators_tsv $< > $@

# So are the rules that turn a written name into its key (analysis/names.tsv)
# and China's national deflator by year (analysis/deflator.tsv).
$(BUILD)/gen/names_data.c: analysis/names.tsv tools/embed.sh
	@mkdir -p $(@D)
	$(call say,GEN,$@) sh tools/embed.sh analysis_names_tsv $< > $@

$(BUILD)/gen/deflator_data.c: analysis/deflator.tsv tools/embed.sh
	@mkdir -p $(@D)
	$(call say,GEN,$@) sh tools/embed.sh analysis_deflator_tsv $< > $@

# China's national statistics as first released, which date a text that
# writes no year of its own (ingest/release.c).
$(BUILD)/gen/release_cn_data.c: ingest/release-cn.tsv tools/embed.sh
	@mkdir -p $(@D)
	$(call say,GEN,$@) sh tools/embed.sh ingest_release_cn_tsv $< > $@

# Other countries' figures as first released, which date an English text
# the same way (ingest/release_en.c).
$(BUILD)/gen/release_en_data.c: ingest/release-en.tsv tools/embed.sh
	@mkdir -p $(@D)
	$(call say,GEN,$@) sh tools/embed.sh ingest_release_en_tsv $< > $@

# Taiwan's, Hong Kong's and Macao's headline figures as first released,
# which date a text about one of them the same way (ingest/release_gc.c).
$(BUILD)/gen/release_gc_data.c: ingest/release-gc.tsv tools/embed.sh
	@mkdir -p $(@D)
	$(call say,GEN,$@) sh tools/embed.sh ingest_release_gc_tsv $< > $@

# The grammar's words are data too (ingest/lexicon-LANG.tsv), turned into
# the C tables of an ingest_lexicon; a misspelt class or role fails here.
$(BUILD)/gen/lexicon_zh.c: ingest/lexicon-zh.tsv tools/lexicon.sh
	@mkdir -p $(@D)
	$(call say,GEN,$@) sh tools/lexicon.sh ingest_lexicon_zh zh $< > $@.tmp && mv $@.tmp $@

$(BUILD)/gen/lexicon_en.c: ingest/lexicon-en.tsv tools/lexicon.sh
	@mkdir -p $(@D)
	$(call say,GEN,$@) sh tools/lexicon.sh ingest_lexicon_en en $< > $@.tmp && mv $@.tmp $@

$(BUILD)/gen/%.o: $(BUILD)/gen/%.c
	$(call say,CC,$<) $(CC) $(ALL_CFLAGS) $(LTO_FLAGS) -I. -c -o $@ $<

# The review page's template, style and script are readable files under
# report/, compiled in the same way (report_review_tpl, _css, _js).
$(PAGE_GEN): $(PAGE_SRC) tools/embed.sh Makefile
	@mkdir -p $(@D)
	$(call say,GEN,$@) { sh tools/embed.sh report_review_tpl report/review.html.in && \
	  sh tools/embed.sh report_review_css report/review.css && \
	  sh tools/embed.sh report_review_js report/review.js; } > $@.tmp && mv $@.tmp $@

$(LIB): $(LIB_OBJ) $(GEN_OBJ) $(PAGE_OBJ)
	@rm -f $@
	$(call say,AR,$@) ar rcs $@ $^

ifeq ($(PGO),1)
# The program trained on the committed texts (GCC), in $(BUILD)/pgo: built
# instrumented, run by tools/pgo.sh, built again in the same place with the
# profile (GCC ties the profile of a static function to its object's path).
# It is made whenever the plain objects are, so that their dependencies
# decide; the tests' library stays the plain one.  The trained build's
# warnings are not errors: the plain build holds the sources to -Werror,
# and a profile moves GCC's flow warnings (maybe-uninitialized) by itself.
PGO_USE_FLAGS := -fprofile-use -fprofile-partial-training -Wno-missing-profile \
                 -Wno-maybe-uninitialized
PGO_MAKE = $(MAKE) --no-print-directory PGO=0 BUILD=$(BUILD)/pgo
$(BIN): $(CLI_OBJ) $(LIB) tools/pgo.sh
	@rm -rf $(BUILD)/pgo
	+@$(PGO_MAKE) CFLAGS='$(CFLAGS) -fprofile-generate -fprofile-update=atomic' $(BUILD)/pgo/growthcheck
	$(call say,TRAIN,$(BUILD)/pgo/growthcheck) sh tools/pgo.sh $(BUILD)/pgo
	+@$(PGO_MAKE) WERROR= CFLAGS='$(CFLAGS) $(PGO_USE_FLAGS)' $(BUILD)/pgo/growthcheck
	@cp $(BUILD)/pgo/growthcheck $@

# make bench: the library's figures from the trained objects as well
.PHONY: pgo-bench
pgo-bench: $(BIN)
	+@$(PGO_MAKE) WERROR= CFLAGS='$(CFLAGS) $(PGO_USE_FLAGS)' $(BENCH_SRC:bench/%.c=$(BUILD)/pgo/bench/%)
else
$(BIN): $(CLI_OBJ) $(LIB)
	$(call say,LINK,$@) $(CC) $(CFLAGS) $(LTO_FLAGS) $(LDFLAGS) -pthread -o $@ $(CLI_OBJ) $(LIB) $(PKG_LIBS) -lm
endif

$(BUILD)/tests/%: tests/unit/%.c $(LIB)
	@mkdir -p $(@D)
	$(call say,TEST,$@) $(CC) $(ALL_CFLAGS) $(CMOCKA_CFLAGS) $(LDFLAGS) $(TEST_LDFLAGS) -o $@ $< \
	  $(LIB) $(CMOCKA_LIBS) $(PKG_LIBS) -lm

# Fault injection: the library's allocations go through the test's wrappers.
$(BUILD)/tests/test_alloc_fail: TEST_LDFLAGS = \
  -Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc,--wrap=strdup

# Each fuzz target also links with a plain main that replays the corpora,
# so `make test` checks every saved input without needing libFuzzer.
$(BUILD)/fuzz/replay_%: tests/fuzz/fuzz_%.c tests/fuzz/replay.c $(LIB)
	@mkdir -p $(@D)
	$(call say,FUZZ,$@) $(CC) $(ALL_CFLAGS) -o $@ $< tests/fuzz/replay.c $(LIB) $(PKG_LIBS) -lm

$(BUILD)/bench/%: bench/%.c $(LIB)
	@mkdir -p $(@D)
	$(call say,BENCH,$@) $(CC) $(ALL_CFLAGS) -o $@ $< $(LIB) $(PKG_LIBS) -lm

# Installs the Debian packages the build and tests need, if any is missing.
deps:
	@sh tools/deps.sh

run: deps
	@$(MAKE) --no-print-directory all
	./$(BIN) report examples/report.txt --series examples/series.csv -o out/

test: deps
	@$(MAKE) --no-print-directory check

# The whole suite: unit tests (cmocka), golden and end-to-end shell tests
# (the benchmarks are built for the instruction-count guard).
check: $(BIN) $(TEST_BIN) $(REPLAY_BIN) $(BENCH_BIN)
	@GC_LDFLAGS='$(LDFLAGS)' sh tests/run.sh $(BUILD) $(BIN)

# The suite again, built with AddressSanitizer and UBSan in build/asan.
asan:
	@GC_SANITIZED=1 $(MAKE) --no-print-directory check BUILD=build/asan LTO= \
	  CFLAGS='-O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer' \
	  LDFLAGS='-fsanitize=address,undefined'

# Recall and precision of extract on the development corpus (CORPUS, the
# documents; tests/corpus/*.expect.jsonl, the hand-written claims); fails when
# a pooled figure falls below tests/corpus/baseline.txt.  EVAL_FLAGS=-v
# lists each document's misses and extras; EVAL_FLAGS="--only NAME" scores a few.
eval: $(BIN)
	@python3 tests/corpus/eval.py --corpus '$(CORPUS)' --bin '$(BIN)' $(EVAL_FLAGS)

# Rewrites tests/corpus/baseline.txt from the current run (commit it).
eval-baseline: $(BIN)
	@python3 tests/corpus/eval.py --corpus '$(CORPUS)' --bin '$(BIN)' --write-baseline

bench: $(BIN) $(if $(filter 1,$(PGO)),pgo-bench,$(BENCH_BIN))
	@GC_BUILT_WITH='$(CFLAGS) $(LTO_FLAGS)$(if $(filter 1,$(PGO)), PGO=1)' \
	  sh bench/run.sh $(if $(filter 1,$(PGO)),$(BUILD)/pgo,$(BUILD)) $(BIN)

fuzz: $(GEN_SRC)
	@GC_FUZZ_DEPS=1 sh tools/deps.sh
	@GC_FUZZ_GEN='$(GEN_SRC)' sh tests/fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

lint:
	cppcheck --quiet --enable=warning,performance,portability --std=c11 \
	  -D_POSIX_C_SOURCE=200809L --inline-suppr --error-exitcode=1 -I common \
	  common ingest analysis plots report cli
	clang-tidy --quiet --warnings-as-errors='*' $(LIB_SRC) $(CLI_SRC) -- -std=c11 \
	  -D_POSIX_C_SOURCE=200809L -DGC_VERSION='"lint"' $(PKG_CFLAGS)

install: $(BIN)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib \
	  $(DESTDIR)$(PREFIX)/include/growthcheck/common \
	  $(DESTDIR)$(PREFIX)/include/growthcheck/ingest \
	  $(DESTDIR)$(PREFIX)/include/growthcheck/analysis \
	  $(DESTDIR)$(PREFIX)/include/growthcheck/plots \
	  $(DESTDIR)$(PREFIX)/include/growthcheck/report \
	  $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/growthcheck
	install -m 644 $(LIB) $(DESTDIR)$(PREFIX)/lib/libgrowthcheck.a
	install -m 644 common/status.h common/buf.h common/utf8.h common/atomicfile.h \
	  common/csv.h common/dtoa.h \
	  $(DESTDIR)$(PREFIX)/include/growthcheck/common
	install -m 644 ingest/ingest.h $(DESTDIR)$(PREFIX)/include/growthcheck/ingest
	install -m 644 analysis/analysis.h $(DESTDIR)$(PREFIX)/include/growthcheck/analysis
	install -m 644 plots/plots.h $(DESTDIR)$(PREFIX)/include/growthcheck/plots
	install -m 644 report/report.h $(DESTDIR)$(PREFIX)/include/growthcheck/report
	install -m 644 doc/growthcheck.1 $(DESTDIR)$(PREFIX)/share/man/man1/growthcheck.1

clean:
	rm -rf build growthcheck out

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(GEN_OBJ:.o=.d)
