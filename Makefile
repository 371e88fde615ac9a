# bpolpo: GNU make, no generator.  See README.md for the targets.
VERSION	= 0.1.0

PREFIX	?= /usr/local
BINDIR	?= $(PREFIX)/bin
MANDIR	?= $(PREFIX)/share/man
DATADIR	?= $(PREFIX)/share/bpolpo
DESTDIR	?=

CC	?= cc
CFLAGS	?= -O2 -g
# Kept apart from CFLAGS so a user's CFLAGS cannot drop them; CI adds -Werror.
WARNINGS = -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
	   -Wmissing-prototypes -Wwrite-strings
WERROR	?=
PKGS	= yaml-0.1 libcjson
TESTPKGS = cmocka libcmark-gfm
# cmark-gfm's extensions ship a static library and no pkg-config file;
# openpty(3) (test_sizes) is in libutil.
TESTLIBS = -lcmark-gfm-extensions -lutil

# Only ask pkg-config when building: "make deps" must work before it exists.
pc_cflags = $(shell pkg-config --cflags $(1) 2>/dev/null)
pc_libs	  = $(shell pkg-config --libs $(1) 2>/dev/null)

BUILD	= .build
ALL_CFLAGS = -std=c17 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
	     -DBP_VERSION='"$(VERSION)"' -Iinclude $(call pc_cflags,$(PKGS)) \
	     $(WARNINGS) $(WERROR) $(CFLAGS) $(CPPFLAGS)
# libyaml and libunistring are linked statically when their archives are
# installed (Debian's -dev packages ship them): two shared objects fewer to
# load is most of bpolpo's start-up (see make bench).  LINK=dynamic links
# them as shared libraries, as a distribution may prefer.
LINK	?= static
have_a	= $(filter /%,$(shell $(CC) -print-file-name=$(1) 2>/dev/null))
ifeq ($(LINK)$(if $(call have_a,libyaml.a),y)$(if $(call have_a,libunistring.a),y),staticyy)
LIBS	= -Wl,-Bstatic -lyaml -lunistring -Wl,-Bdynamic \
	  $(call pc_libs,libcjson)
else
LIBS	= $(call pc_libs,$(PKGS)) -lunistring
endif

# Everything but main.c, so the unit tests can link the same code: by
# layer, as README.md's "How the code is laid out" says (each may use
# those above it here).
BASESRC	= src/base/alloc.c src/base/arena.c src/base/breaks.c src/base/buf.c \
	  src/base/diag.c \
	  src/base/hidden.c src/base/measure.c src/base/output.c src/base/pager.c src/base/shell.c \
	  src/base/paragraphs.c src/base/suggest.c src/base/table.c \
	  src/base/text.c src/base/url.c src/base/wrap.c
MODELSRC = src/model/doc.c src/model/input.c src/model/load.c \
	  src/model/problem.c src/model/reader.c src/model/schema.c \
	  src/model/validate.c
QUERYSRC = src/query/decide.c src/query/decide_text.c src/query/diff.c \
	  src/query/firm.c src/query/saved.c \
	  src/query/lookup.c \
	  src/query/search.c src/query/wdiff.c
RENDERSRC = src/render/csv.c src/render/formats.c \
	  src/render/html/diff.c src/render/html/html.c \
	  src/render/html/page.c \
	  src/render/json/json.c src/render/json/decide.c src/render/json/write.c \
	  src/render/markdown.c src/render/mdinline.c src/render/render.c \
	  src/render/walk.c \
	  src/render/yaml.c \
	  src/render/term/check.c src/render/term/compare.c \
	  src/render/term/decide.c src/render/term/diff.c \
	  src/render/term/export.c src/render/term/faq.c \
	  src/render/term/overview.c src/render/term/renderer.c \
	  src/render/term/search.c src/render/term/sources.c \
	  src/render/term/term.c src/render/term/verdict.c
CLISRC	= src/cli/ask.c src/cli/cmd.c src/cli/commands.c \
	  src/cli/completion.c src/cli/help.c src/cli/options.c \
	  src/cli/select.c \
	  src/cli/cmd/check.c src/cli/cmd/compare.c src/cli/cmd/decide.c \
	  src/cli/cmd/diff.c src/cli/cmd/dump.c src/cli/cmd/export.c \
	  src/cli/cmd/help.c src/cli/cmd/init.c src/cli/cmd/items.c \
	  src/cli/cmd/overview.c src/cli/cmd/search.c src/cli/cmd/verdict.c
LIBSRC	= $(BASESRC) $(MODELSRC) $(QUERYSRC) $(RENDERSRC) $(CLISRC)
LIBOBJ	= $(LIBSRC:src/%.c=$(BUILD)/%.o) $(BUILD)/base/widths.o \
	  $(BUILD)/base/breaktable.o
OBJ	= $(LIBOBJ) $(BUILD)/main.o $(BUILD)/model/data.o \
	  $(BUILD)/model/builtin.o

UNITS	= test_cli test_decide test_decide_firm test_diff test_load test_lookup test_render \
	  test_suggest test_table test_text test_fault test_sizes
UNITBIN	= $(UNITS:%=$(BUILD)/tests/%) $(BUILD)/tests/replay

ifeq ($(V),1)
Q =
else
Q = @
endif

.PHONY: all run check deps deps-test install uninstall clean lint \
	sanitize valgrind regen bench fuzz coverage

COMPLETIONS = $(BUILD)/completion/bpolpo.bash $(BUILD)/completion/_bpolpo \
	      $(BUILD)/completion/bpolpo.fish
BASHCOMPDIR ?= $(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR  ?= $(PREFIX)/share/zsh/site-functions
FISHCOMPDIR ?= $(PREFIX)/share/fish/vendor_completions.d

all: bpolpo $(COMPLETIONS)

# The scripts come from the binary, so they list exactly its commands.
$(BUILD)/completion/bpolpo.bash: bpolpo
	@mkdir -p $(@D)
	$(Q)./bpolpo completion bash > $@
$(BUILD)/completion/_bpolpo: bpolpo
	@mkdir -p $(@D)
	$(Q)./bpolpo completion zsh > $@
$(BUILD)/completion/bpolpo.fish: bpolpo
	@mkdir -p $(@D)
	$(Q)./bpolpo completion fish > $@

bpolpo: $(OBJ)
	@echo "  LD      $@"
	$(Q)$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $(OBJ) $(LIBS)

$(BUILD)/%.o: src/%.c
	@mkdir -p $(@D)
	@echo "  CC      $<"
	$(Q)$(CC) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

# Where glibc's widths differ from libunistring's, from this system's glibc.
$(BUILD)/build/genwidth: src/build/genwidth.c $(BUILD)/base/hidden.o
	@mkdir -p $(@D)
	@echo "  LD      $@"
	$(Q)$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ src/build/genwidth.c \
	    $(BUILD)/base/hidden.o $(LIBS)

$(BUILD)/base/widths.c: $(BUILD)/build/genwidth
	@echo "  GEN     $@"
	$(Q)$(BUILD)/build/genwidth > $@.tmp && mv $@.tmp $@

$(BUILD)/base/widths.o: $(BUILD)/base/widths.c
	@echo "  CC      $<"
	$(Q)$(CC) $(ALL_CFLAGS) -c -o $@ $<

# Where ASCII text may break a line, from the libunistring bpolpo links.
$(BUILD)/build/genbreak: src/build/genbreak.c
	@mkdir -p $(@D)
	@echo "  LD      $@"
	$(Q)$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ src/build/genbreak.c $(LIBS)

$(BUILD)/base/breaktable.c: $(BUILD)/build/genbreak
	@echo "  GEN     $@"
	$(Q)$(BUILD)/build/genbreak > $@.tmp && mv $@.tmp $@

$(BUILD)/base/breaktable.o: $(BUILD)/base/breaktable.c
	@echo "  CC      $<"
	$(Q)$(CC) $(ALL_CFLAGS) -c -o $@ $<

# The default data and init's starter, compiled in so the binary needs no
# files beside it.  $(call embed,NAME,FILE): FILE as bytes, NUL-ended.
embed = echo 'const char $(1)[] = {'; \
	od -An -v -tx1 $(2) | sed -e "s/ *\([0-9a-f][0-9a-f]\)/'\\\\x\1',/g"; \
	echo '0 };'; \
	echo 'const size_t $(1:_data=_len) = sizeof($(1)) - 1;'
$(BUILD)/model/data.c: data/bpo-lpo.yaml data/starter.yaml Makefile
	@mkdir -p $(@D)
	@echo "  GEN     $@"
	$(Q){ echo '/* Generated from data/ by the Makefile; do not edit. */'; \
	  echo '#include "model/bp_data.h"'; \
	  $(call embed,bp_default_data,data/bpo-lpo.yaml); \
	  $(call embed,bp_starter_data,data/starter.yaml); \
	} > $@.tmp && mv $@.tmp $@

$(BUILD)/model/data.o: $(BUILD)/model/data.c
	@echo "  CC      $<"
	$(Q)$(CC) $(ALL_CFLAGS) -c -o $@ $<

# The same data loaded and validated at build time, as C initialisers.
$(BUILD)/build/gendoc: src/build/gendoc.c $(LIBOBJ) $(BUILD)/model/data.o
	@mkdir -p $(@D)
	@echo "  LD      $@"
	$(Q)$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ src/build/gendoc.c $(LIBOBJ) \
	    $(BUILD)/model/data.o $(LIBS)

$(BUILD)/model/builtin.c: data/bpo-lpo.yaml $(BUILD)/build/gendoc
	@echo "  GEN     $@"
	$(Q)$(BUILD)/build/gendoc data/bpo-lpo.yaml > $@.tmp && mv $@.tmp $@

$(BUILD)/model/builtin.o: $(BUILD)/model/builtin.c
	@echo "  CC      $<"
	$(Q)$(CC) $(ALL_CFLAGS) -c -o $@ $<

# Preloaded by test_fault: the Nth allocation of a process fails.
$(BUILD)/tests/failmalloc.so: tests/lib/failmalloc.c
	@mkdir -p $(@D)
	@echo "  CC      $<"
	$(Q)$(CC) -shared -fPIC -O1 -g -o $@ $<

$(BUILD)/tests/test_fault: $(BUILD)/tests/failmalloc.so

# The fuzz target without libFuzzer, to replay tests/fuzz/regress/.
$(BUILD)/tests/replay: tests/fuzz/replay.c tests/fuzz/fuzz.c \
    $(BUILD)/tests/invariants.o $(LIBOBJ) $(BUILD)/model/data.o
	@mkdir -p $(@D)
	@echo "  LD      $@"
	$(Q)$(CC) $(ALL_CFLAGS) -Itests/lib $(call pc_cflags,$(TESTPKGS)) \
	    $(LDFLAGS) -pthread -o $@ tests/fuzz/replay.c tests/fuzz/fuzz.c \
	    $(BUILD)/tests/invariants.o $(LIBOBJ) $(BUILD)/model/data.o $(LIBS) \
	    $(TESTLIBS) \
	    $(call pc_libs,$(TESTPKGS))

# The invariants every output holds: shared by the unit tests and the fuzzer.
$(BUILD)/tests/invariants.o: tests/lib/invariants.c
	@mkdir -p $(@D)
	@echo "  CC      $<"
	$(Q)$(CC) $(ALL_CFLAGS) $(call pc_cflags,$(TESTPKGS)) -MMD -MP -c -o $@ $<

# The property tests' generator of hard text, shared by the unit tests.
$(BUILD)/tests/gen.o: tests/lib/gen.c
	@mkdir -p $(@D)
	@echo "  CC      $<"
	$(Q)$(CC) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/tests/%: tests/unit/%.c $(LIBOBJ) $(BUILD)/model/data.o $(BUILD)/model/builtin.o \
    $(BUILD)/tests/invariants.o $(BUILD)/tests/gen.o
	@mkdir -p $(@D)
	@echo "  CC      $<"
	$(Q)$(CC) $(ALL_CFLAGS) -Itests/lib $(call pc_cflags,$(TESTPKGS)) -MMD \
	    -MP -o $@ $< $(LIBOBJ) $(BUILD)/model/data.o $(BUILD)/model/builtin.o \
	    $(BUILD)/tests/invariants.o $(BUILD)/tests/gen.o $(LIBS) $(TESTLIBS) \
	    $(call pc_libs,$(TESTPKGS))

run: deps
	$(Q)$(MAKE) --no-print-directory -s all
	./bpolpo compare

check: deps-test
	$(Q)$(MAKE) --no-print-directory -s bpolpo $(UNITBIN)
	$(Q)tests/run --bin ./bpolpo --units "$(UNITBIN)"

deps:
	$(Q)tests/deps build

deps-test:
	$(Q)tests/deps test

# Speed and memory against the targets in README's Performance section,
# on a release build (-O2, no debug checks) of its own.
bench:
	$(Q)tests/deps bench
	$(Q)$(MAKE) --no-print-directory -s BUILD=.build/bench CFLAGS="-O2" \
	    .build/bench/bpolpo .build/bench/pair .build/bench/bare
	$(Q)tests/bench/run .build/bench/bpolpo .build/bench/pair . \
	    .build/bench/bare

.build/bench/bpolpo: $(OBJ)
	@echo "  LD      $@"
	$(Q)$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $(OBJ) $(LIBS)

.build/bench/pair: tests/bench/pair.c
	@mkdir -p $(@D)
	$(Q)$(CC) -O2 -o $@ tests/bench/pair.c

# libyaml alone, the floor dump is measured against: the same libyaml,
# linked the same way as bpolpo.
.build/bench/bare: tests/bench/bare.c
	@mkdir -p $(@D)
	$(Q)$(CC) -O2 $(call pc_cflags,yaml-0.1) -o $@ tests/bench/bare.c \
	    $(LIBS)

# Regenerate the golden outputs after an intended change; review the diff.
regen: bpolpo
	$(Q)tests/run --bin ./bpolpo --regen

SANFLAGS = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer \
	   -fno-sanitize-recover=all
sanitize: deps-test
	$(Q)$(MAKE) --no-print-directory BUILD=.build/san \
	    CFLAGS="$(SANFLAGS)" LDFLAGS="$(SANFLAGS)" .build/san/bpolpo-san \
	    $(UNITS:%=.build/san/tests/%) .build/san/tests/replay
	$(Q)ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	    BP_NO_MEMORY="a sanitizer's heap is not bpolpo's" \
	    BP_SIZES_UPTO=1048576 \
	    BP_NO_FAULT="a sanitizer's allocator cannot be preloaded over" \
	    tests/run --bin .build/san/bpolpo-san \
	    --units "$(UNITS:%=.build/san/tests/%) .build/san/tests/replay"

.build/san/bpolpo-san: $(OBJ)
	@echo "  LD      $@"
	$(Q)$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $(OBJ) $(LIBS)

# Leaks of every kind but "still reachable": a run that "| head" ends by
# SIGPIPE, as git does, leaves its memory reachable, not lost.
valgrind:
	$(Q)tests/deps valgrind
	$(Q)$(MAKE) --no-print-directory -s bpolpo $(UNITBIN)
	$(Q)BP_NO_FAULT="its runs of bpolpo are not under valgrind" \
	    BP_NO_SIZES="its runs of bpolpo are not under valgrind" \
	    tests/run --bin ./bpolpo --units "$(UNITBIN)" \
	    --wrap "valgrind -q --error-exitcode=99 --leak-check=full \
	    --errors-for-leak-kinds=definite,indirect,possible \
	    --show-leak-kinds=definite,indirect,possible"

# libFuzzer (clang): raw bytes through load, validate and every renderer,
# seeded with the data, the fixtures and the bad-input corpus; every
# output is checked against the invariants in tests/lib/invariants.h.
FUZZ_SECONDS ?= 60
FUZZCC	= clang
FUZZFLAGS = -g -O1 -fsanitize=fuzzer-no-link,address,undefined \
	    -fno-sanitize-recover=all
fuzz:
	$(Q)tests/deps fuzz
	$(Q)$(MAKE) --no-print-directory -s BUILD=.build/fuzz CC=$(FUZZCC) \
	    CFLAGS="$(FUZZFLAGS)" .build/fuzz/fuzzer
	$(Q)rm -rf .build/fuzz/corpus && mkdir -p .build/fuzz/corpus \
	    .build/fuzz/findings && cp data/*.yaml tests/fixtures/*.yaml \
	    tests/errors/*.yaml tests/fuzz/regress/*.yaml .build/fuzz/corpus/
	.build/fuzz/fuzzer -max_total_time=$(FUZZ_SECONDS) \
	    -dict=tests/fuzz/bpolpo.dict -max_len=65536 -timeout=10 \
	    -artifact_prefix=.build/fuzz/findings/ -print_final_stats=1 \
	    .build/fuzz/corpus

.build/fuzz/fuzzer: tests/fuzz/fuzz.c tests/lib/invariants.c $(LIBOBJ) \
    $(BUILD)/model/data.o
	@echo "  LD      $@"
	$(Q)$(CC) $(ALL_CFLAGS) -Itests/lib $(call pc_cflags,$(TESTPKGS)) \
	    -fsanitize=fuzzer,address,undefined -pthread -o $@ tests/fuzz/fuzz.c \
	    tests/lib/invariants.c $(LIBOBJ) $(BUILD)/model/data.o $(LIBS) $(TESTLIBS) \
	    $(call pc_libs,libcmark-gfm)

# Line and branch coverage of src/ by the whole test suite (gcovr).
COVFLAGS = -O0 -g --coverage
coverage:
	$(Q)tests/deps coverage
	$(Q)rm -rf .build/cov
	$(Q)$(MAKE) --no-print-directory -s BUILD=.build/cov \
	    CFLAGS="$(COVFLAGS)" LDFLAGS="--coverage" .build/cov/bpolpo-cov \
	    $(UNITS:%=.build/cov/tests/%) .build/cov/tests/replay
	$(Q)BP_NO_MEMORY="coverage build" BP_SIZES_UPTO=1048576 \
	    BP_NO_ULIMIT="a coverage build writes its counters past the limit" \
	    tests/run --bin .build/cov/bpolpo-cov \
	    --units "$(UNITS:%=.build/cov/tests/%) .build/cov/tests/replay" \
	    >/dev/null || true
	$(Q)gcovr --root . --filter 'src/' --object-directory .build/cov \
	    --exclude-unreachable-branches --exclude-throw-branches \
	    --print-summary --fail-under-line 90 --fail-under-branch 80 \
	    --txt .build/cov/coverage.txt
	$(Q)echo "per file: .build/cov/coverage.txt"

.build/cov/bpolpo-cov: $(OBJ)
	@echo "  LD      $@"
	$(Q)$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $(OBJ) $(LIBS)

# Static analysis: mandoc on the pages, cppcheck and clang-tidy on the
# code, with the configuration in .cppcheck-suppressions and .clang-tidy.
TIDYFLAGS = -std=c17 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Iinclude \
	    $(call pc_cflags,$(PKGS))
lint: all
	$(Q)tests/deps lint
	$(Q)tests/layers $(BUILD)
	$(Q)mandoc -Tlint -Wwarning man/bpolpo.1 man/bpolpo.5
	$(Q)cppcheck --error-exitcode=1 --quiet --std=c11 --inline-suppr \
	    --enable=warning,style,performance,portability -Iinclude \
	    --suppressions-list=.cppcheck-suppressions src/
	$(Q)printf '%s\n' $(LIBSRC) src/main.c src/build/gendoc.c \
	    src/build/genwidth.c src/build/genbreak.c | \
	    xargs -P2 -I{} \
	    clang-tidy --quiet {} -- $(TIDYFLAGS)
	@echo "lint: clean"

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
	    $(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(DATADIR) \
	    $(DESTDIR)$(BASHCOMPDIR) $(DESTDIR)$(ZSHCOMPDIR) \
	    $(DESTDIR)$(FISHCOMPDIR)
	install -m 0755 bpolpo $(DESTDIR)$(BINDIR)/bpolpo
	install -m 0644 man/bpolpo.1 $(DESTDIR)$(MANDIR)/man1/bpolpo.1
	install -m 0644 man/bpolpo.5 $(DESTDIR)$(MANDIR)/man5/bpolpo.5
	install -m 0644 data/bpo-lpo.yaml $(DESTDIR)$(DATADIR)/bpo-lpo.yaml
	install -m 0644 data/bpolpo.schema.json \
	    $(DESTDIR)$(DATADIR)/bpolpo.schema.json
	install -m 0644 $(BUILD)/completion/bpolpo.bash \
	    $(DESTDIR)$(BASHCOMPDIR)/bpolpo
	install -m 0644 $(BUILD)/completion/_bpolpo $(DESTDIR)$(ZSHCOMPDIR)/_bpolpo
	install -m 0644 $(BUILD)/completion/bpolpo.fish \
	    $(DESTDIR)$(FISHCOMPDIR)/bpolpo.fish

# Exactly what install put there; directories only when left empty.
uninstall:
	rm -f $(DESTDIR)$(BINDIR)/bpolpo $(DESTDIR)$(MANDIR)/man1/bpolpo.1 \
	    $(DESTDIR)$(MANDIR)/man5/bpolpo.5 $(DESTDIR)$(DATADIR)/bpo-lpo.yaml \
	    $(DESTDIR)$(DATADIR)/bpolpo.schema.json \
	    $(DESTDIR)$(BASHCOMPDIR)/bpolpo $(DESTDIR)$(ZSHCOMPDIR)/_bpolpo \
	    $(DESTDIR)$(FISHCOMPDIR)/bpolpo.fish
	-rmdir $(DESTDIR)$(DATADIR) 2>/dev/null

clean:
	rm -rf $(BUILD) bpolpo

-include $(OBJ:.o=.d) $(UNITBIN:=.d) $(BUILD)/tests/gen.d \
	 $(BUILD)/tests/invariants.d
