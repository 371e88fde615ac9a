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

/* The name of a schema table, as the generated file refers to it. */
static const char *
table(const struct bp_field *fields)
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
		if (t[i].fields == fields)
			return t[i].name;
	return "NULL";
}

static void
keys_init(const struct bp_keys *k, const struct bp_field *fields)
{
	size_t	 i;

	printf("{ %s, {", table(fields));
	for (i = 0; i < k->n; i++)
		printf(" %u,", k->v[i]);
	printf(" }, %u }", k->n);
}

static void
mark(struct bp_mark m)
{
	printf("{ %u, %u }", m.line, m.col);
}

/* A list of texts: its strings, then a static array named <pre><name><i>. */
static void
texts_array(const struct bp_texts *t, const char *pre, const char *name,
    size_t i)
{
	int	*ids = calloc(t->n + 1, sizeof(*ids));
	size_t	 k;

	strs(t->v, t->n, ids);
	printf("static struct bp_text %s%s%zu[] = {", pre, name, i);
	for (k = 0; k < t->n; k++) {
		text(&t->v[k], ids[k]);
		printf(",");
	}
	printf(" { NULL, 0, { 0, 0 } } };\n");
	free(ids);
}

static void
texts_ref(const struct bp_texts *t, const char *pre, const char *name,
    size_t i)
{
	printf("{ %s%s%zu, %zu, ", pre, name, i, t->n);
	mark(t->at);
	printf(" }");
}

/*
 * One struct of the document as an initialiser: at, keys, then its
 * schema's fields in order, which is the struct's member order after at
 * and keys (the unit test builtin_doc_matches_its_yaml holds us to it).
 * Everything it points to is written first; name is its array's name.
 */
static void
item(const char *name, size_t i, const void *base, const struct bp_mark *at,
    const struct bp_keys *keys, const struct bp_field *fields)
{
	const struct bp_field	*f;
	const struct bp_feature	*ft = base;
	int			 ids[BP_MAX_KEYS] = { 0 }, *vids;
	size_t			 k, v;

	for (k = 0; fields[k].key != NULL; k++) {
		const void *m = (const char *)base + fields[k].off;

		if (fields[k].type == BP_F_TEXT)
			ids[k] = ((const struct bp_text *)m)->s != NULL ?
			    str(((const struct bp_text *)m)->s) : -1;
		else if (fields[k].type == BP_F_TEXTS)
			texts_array(m, "T_", name, i * BP_MAX_KEYS + k);
		else {
			/* A feature's values, the one custom field below. */
			vids = calloc(2 * ft->nvalues + 1, sizeof(*vids));
			for (v = 0; v < ft->nvalues; v++) {
				vids[2 * v] = str(ft->values[v].subject.s);
				vids[2 * v + 1] = str(ft->values[v].text.s);
			}
			printf("static struct bp_value v%zu[] = {", i);
			for (v = 0; v < ft->nvalues; v++) {
				printf(" { ");
				text(&ft->values[v].subject, vids[2 * v]);
				printf(", ");
				text(&ft->values[v].text, vids[2 * v + 1]);
				printf(" },");
			}
			printf(" };\n");
			free(vids);
		}
	}
	printf("#define M_%s%zu { ", name, i);
	mark(*at);
	printf(", ");
	keys_init(keys, fields);
	for (k = 0; fields[k].key != NULL; k++) {
		f = &fields[k];
		printf(", ");
		if (f->type == BP_F_TEXT)
			text((const struct bp_text *)((const char *)base +
			    f->off), ids[k]);
		else if (f->type == BP_F_TEXTS)
			texts_ref((const struct bp_texts *)((const char *)base +
			    f->off), "T_", name, i * BP_MAX_KEYS + k);
		else {
			printf("v%zu, %zu, ", i, ft->nvalues);
			mark(ft->values_at);
		}
	}
	printf(" }\n");
}

/* An array of n structs, each written by item(); NULL when n is 0. */
#define ARRAY(type, name, arr, n, fields) do {				\
	size_t	 i_;							\
	for (i_ = 0; i_ < (n); i_++)					\
		item(#name, i_, &(arr)[i_], &(arr)[i_].at, &(arr)[i_].keys,\
		    (fields));						\
	if ((n) > 0) {							\
		printf("static struct %s %s[] = {", #type, #name);	\
		for (i_ = 0; i_ < (n); i_++)				\
			printf(" M_%s%zu,", #name, i_);		\
		printf(" };\n");					\
	} else								\
		printf("#define %s NULL\n", #name);			\
} while (0)

int
main(int argc, char *argv[])
{
	struct bp_diags	 dg;
	struct bp_doc	*d;
	size_t		 i;
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
	ARRAY(bp_subject, subjects, d->subjects, d->nsubjects,
	    bp_subject_fields);
	ARRAY(bp_feature, features, d->features, d->nfeatures,
	    bp_feature_fields);
	ARRAY(bp_section, sections, d->sections, d->nsections,
	    bp_section_fields);
	ARRAY(bp_faq, faqs, d->faqs, d->nfaqs, bp_faq_fields);
	ARRAY(bp_source, sources, d->sources, d->nsources, bp_source_fields);

	/* Choose lists: a subject id and its list, no keys of their own. */
	for (i = 0; i < d->nchoices; i++)
		texts_array(&d->choices[i].items, "T_", "choose", i);
	ids = calloc(d->nchoices + 1, sizeof(*ids));
	for (i = 0; i < d->nchoices; i++)
		ids[i] = str(d->choices[i].subject.s);
	printf("static struct bp_choice choices[] = {");
	for (i = 0; i < d->nchoices; i++) {
		printf(" { ");
		text(&d->choices[i].subject, ids[i]);
		printf(", ");
		texts_ref(&d->choices[i].items, "T_", "choose", i);
		printf(" },");
	}
	printf(" { { NULL, 0, { 0, 0 } }, { NULL, 0, { 0, 0 } } } };\n");
	free(ids);

	/* The document. */
	top[0] = str(d->format.s);
	top[1] = str(d->title.s);
	top[2] = d->updated.s ? str(d->updated.s) : -1;
	top[3] = str(d->summary.s);
	printf("static char s_file[] = \"(built-in)\";\n");
	printf("const struct bp_doc bp_default_doc = {\n\t{ NULL }, s_file, ");
	keys_init(&d->keys, bp_doc_fields);
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
