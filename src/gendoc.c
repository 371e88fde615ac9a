/*
 * Build tool: loads data/bpo-lpo.yaml with bpolpo's own loader and
 * validator and writes it out as C initialisers, so the built-in
 * comparison costs no parsing at run time.  Refuses data with any
 * problem, warnings included.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "bp_diag.h"
#include "bp_doc.h"
#include "bp_schema.h"

static int	 nstr;	/* strings written so far, to name the next */

/* Writes s as a static array and returns its number. */
static int
str(const char *s)
{
	const unsigned char	*p;

	printf("static char s%d[] = \"", nstr);
	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		/* Octal escapes take three digits at most: nothing runs on. */
		if (*p == '"' || *p == '\\')
			printf("\\%c", *p);
		else if (*p < 0x20 || *p >= 0x7f || *p == '?')
			printf("\\%03o", *p);
		else
			putchar(*p);
	}
	printf("\";\n");
	return nstr++;
}

/* The initialiser of a text; its string must be written first. */
static void
text(const struct bp_text *t, int n)
{
	if (t->s == NULL)
		printf("{ NULL, 0, { %u, %u } }", t->at.line, t->at.col);
	else
		printf("{ s%d, %u, { %u, %u } }", n, t->len, t->at.line,
		    t->at.col);
}

/* Writes the strings of n texts, remembering their numbers in ids. */
static void
strs(const struct bp_text *t, size_t n, int *ids)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		ids[i] = t[i].s != NULL ? str(t[i].s) : -1;
}

/* The name of the schema table a struct's keys index. */
static const char *
table(const struct bp_keys *k)
{
	static const struct {
		const struct bp_field	*fields;
		const char		*name;
	} t[] = {
		{ bp_doc_fields, "bp_doc_fields" },
		{ bp_subject_fields, "bp_subject_fields" },
		{ bp_feature_fields, "bp_feature_fields" },
		{ bp_section_fields, "bp_section_fields" },
		{ bp_faq_fields, "bp_faq_fields" },
		{ bp_source_fields, "bp_source_fields" },
	};
	size_t	 i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++)
		if (t[i].fields == k->fields)
			return t[i].name;
	return "NULL";
}

static void
keys(const struct bp_keys *k)
{
	size_t	 i;

	printf("{ %s, {", table(k));
	for (i = 0; i < k->n; i++)
		printf(" %u,", k->v[i]);
	printf(" }, %u }", k->n);
}

static void
mark(struct bp_mark m)
{
	printf("{ %u, %u }", m.line, m.col);
}

/* A list of texts: its strings, then a static array named prefix<i>. */
static void
texts_array(const struct bp_texts *t, const char *prefix, size_t i)
{
	int	*ids = calloc(t->n + 1, sizeof(*ids));
	size_t	 k;

	strs(t->v, t->n, ids);
	printf("static struct bp_text %s%zu[] = {", prefix, i);
	for (k = 0; k < t->n; k++) {
		text(&t->v[k], ids[k]);
		printf(",");
	}
	printf(" { NULL, 0, { 0, 0 } } };\n");
	free(ids);
}

static void
texts_ref(const struct bp_texts *t, const char *prefix, size_t i)
{
	printf("{ %s%zu, %zu, ", prefix, i, t->n);
	mark(t->at);
	printf(" }");
}

int
main(int argc, char *argv[])
{
	struct bp_diags	 dg;
	struct bp_doc	*d;
	size_t		 i, k;
	int		 fd, top[4], *ids;

	if (argc != 2) {
		fprintf(stderr, "usage: gendoc FILE.yaml > FILE.c\n");
		return 2;
	}
	if ((fd = open(argv[1], O_RDONLY)) < 0) {
		perror(argv[1]);
		return 1;
	}
	bp_diags_init(&dg, argv[1]);
	if ((d = bp_load_fd(argv[1], fd, 64UL << 20, &dg)) != NULL)
		bp_validate(d, &dg);
	close(fd);
	bp_diags_print(&dg, stderr);
	if (d == NULL || dg.n > 0)
		return 1;

	printf("/* Generated from %s by gendoc; do not edit. */\n", argv[1]);
	printf("#include <stddef.h>\n\n#include \"bp_data.h\"\n"
	    "#include \"bp_doc.h\"\n\n");

	/* Subjects. */
	for (i = 0; i < d->nsubjects; i++) {
		const struct bp_subject *s = &d->subjects[i];
		int a = str(s->id.s), b = str(s->shortname.s),
		    c = str(s->name.s), e = s->label.s ? str(s->label.s) : -1;

		printf("#define SUBJECT%zu { ", i);
		mark(s->at);
		printf(", ");
		keys(&s->keys);
		printf(", ");
		text(&s->id, a);
		printf(", ");
		text(&s->shortname, b);
		printf(", ");
		text(&s->name, c);
		printf(", ");
		text(&s->label, e);
		printf(" }\n");
	}
	printf("static struct bp_subject subjects[] = {");
	for (i = 0; i < d->nsubjects; i++)
		printf(" SUBJECT%zu,", i);
	printf(" };\n");

	/* Features, each with its values. */
	for (i = 0; i < d->nfeatures; i++) {
		const struct bp_feature *f = &d->features[i];
		int a = str(f->id.s), b = str(f->label.s),
		    c = f->edge.s ? str(f->edge.s) : -1;

		/* The strings first: they are declarations of their own. */
		ids = calloc(2 * f->nvalues + 1, sizeof(*ids));
		for (k = 0; k < f->nvalues; k++) {
			ids[2 * k] = str(f->values[k].subject.s);
			ids[2 * k + 1] = str(f->values[k].text.s);
		}
		printf("static struct bp_value v%zu[] = {", i);
		for (k = 0; k < f->nvalues; k++) {
			printf(" { ");
			text(&f->values[k].subject, ids[2 * k]);
			printf(", ");
			text(&f->values[k].text, ids[2 * k + 1]);
			printf(" },");
		}
		printf(" };\n");
		free(ids);
		printf("#define FEATURE%zu { ", i);
		mark(f->at);
		printf(", ");
		keys(&f->keys);
		printf(", ");
		text(&f->id, a);
		printf(", ");
		text(&f->label, b);
		printf(", ");
		text(&f->edge, c);
		printf(", v%zu, %zu, ", i, f->nvalues);
		mark(f->values_at);
		printf(" }\n");
	}
	printf("static struct bp_feature features[] = {");
	for (i = 0; i < d->nfeatures; i++)
		printf(" FEATURE%zu,", i);
	printf(" };\n");

	/* Choose lists. */
	for (i = 0; i < d->nchoices; i++)
		texts_array(&d->choices[i].items, "c", i);
	ids = calloc(d->nchoices + 1, sizeof(*ids));
	for (i = 0; i < d->nchoices; i++)
		ids[i] = str(d->choices[i].subject.s);
	printf("static struct bp_choice choices[] = {");
	for (i = 0; i < d->nchoices; i++) {
		printf(" { ");
		text(&d->choices[i].subject, ids[i]);
		printf(", ");
		texts_ref(&d->choices[i].items, "c", i);
		printf(" },");
	}
	printf(" { { NULL, 0, { 0, 0 } }, { NULL, 0, { 0, 0 } } } };\n");
	free(ids);

	/* Sections. */
	for (i = 0; i < d->nsections; i++) {
		const struct bp_section *s = &d->sections[i];
		int a = str(s->id.s), b = str(s->title.s), c = str(s->body.s);

		texts_array(&s->sources, "r", i);
		printf("#define SECTION%zu { ", i);
		mark(s->at);
		printf(", ");
		keys(&s->keys);
		printf(", ");
		text(&s->id, a);
		printf(", ");
		text(&s->title, b);
		printf(", ");
		text(&s->body, c);
		printf(", ");
		texts_ref(&s->sources, "r", i);
		printf(" }\n");
	}
	if (d->nsections > 0) {
		printf("static struct bp_section sections[] = {");
		for (i = 0; i < d->nsections; i++)
			printf(" SECTION%zu,", i);
		printf(" };\n");
	} else
		printf("#define sections NULL\n");

	/* Questions. */
	for (i = 0; i < d->nfaqs; i++) {
		const struct bp_faq *f = &d->faqs[i];
		int a = str(f->id.s), b = str(f->question.s),
		    c = str(f->answer.s);

		texts_array(&f->keywords, "k", i);
		texts_array(&f->sources, "q", i);
		printf("#define FAQ%zu { ", i);
		mark(f->at);
		printf(", ");
		keys(&f->keys);
		printf(", ");
		text(&f->id, a);
		printf(", ");
		text(&f->question, b);
		printf(", ");
		text(&f->answer, c);
		printf(", ");
		texts_ref(&f->keywords, "k", i);
		printf(", ");
		texts_ref(&f->sources, "q", i);
		printf(" }\n");
	}
	if (d->nfaqs > 0) {
		printf("static struct bp_faq faqs[] = {");
		for (i = 0; i < d->nfaqs; i++)
			printf(" FAQ%zu,", i);
		printf(" };\n");
	} else
		printf("#define faqs NULL\n");

	/* Sources. */
	for (i = 0; i < d->nsources; i++) {
		const struct bp_source *s = &d->sources[i];
		int a = str(s->id.s), b = str(s->title.s),
		    c = s->publisher.s ? str(s->publisher.s) : -1,
		    e = s->url.s ? str(s->url.s) : -1;

		printf("#define SOURCE%zu { ", i);
		mark(s->at);
		printf(", ");
		keys(&s->keys);
		printf(", ");
		text(&s->id, a);
		printf(", ");
		text(&s->title, b);
		printf(", ");
		text(&s->publisher, c);
		printf(", ");
		text(&s->url, e);
		printf(" }\n");
	}
	if (d->nsources > 0) {
		printf("static struct bp_source sources[] = {");
		for (i = 0; i < d->nsources; i++)
			printf(" SOURCE%zu,", i);
		printf(" };\n");
	} else
		printf("#define sources NULL\n");

	/* The document. */
	top[0] = str(d->format.s);
	top[1] = str(d->title.s);
	top[2] = d->updated.s ? str(d->updated.s) : -1;
	top[3] = str(d->summary.s);
	printf("static char s_file[] = \"(built-in)\";\n");
	printf("const struct bp_doc bp_default_doc = {\n\t{ NULL }, s_file, ");
	keys(&d->keys);
	printf(",\n\t");
	text(&d->format, top[0]);
	printf(", ");
	text(&d->title, top[1]);
	printf(", ");
	text(&d->updated, top[2]);
	printf(", ");
	text(&d->summary, top[3]);
	printf(",\n\tsubjects, %zu, ", d->nsubjects);
	mark(d->subjects_at);
	printf(", features, %zu, ", d->nfeatures);
	mark(d->features_at);
	printf(",\n\tchoices, %zu, sections, %zu, faqs, %zu, sources, %zu\n};\n",
	    d->nchoices, d->nsections, d->nfaqs, d->nsources);
	bp_doc_free(d);
	bp_diags_free(&dg);
	return ferror(stdout) ? 1 : 0;
}
