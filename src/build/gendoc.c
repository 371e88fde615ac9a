/*
 * Build tool: loads data/bpo-lpo.yaml with bpolpo's own loader and
 * validator and writes it out as C initialisers, so the built-in
 * comparison costs no parsing at run time.  Every struct is written by
 * the schema's tables, member by member with designated initialisers,
 * so nothing rests on the order of members.  Refuses data with any
 * problem, warnings included.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "base/bp_diag.h"
#include "model/bp_doc.h"
#include "model/bp_problem.h"
#include "model/bp_schema.h"
#include "model/bp_validate.h"

static int	 nstr;	/* strings written so far, to name the next */
static int	 narr;	/* arrays written so far, to name the next */

/* Writes s as a static array and returns its number, or -1 for NULL. */
static int
str(const char *s)
{
	const unsigned char	*p;

	if (s == NULL)
		return -1;
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

static void
mark(struct bp_mark m)
{
	printf("{ %u, %u }", m.line, m.col);
}

/* The initialiser of a text; its string must be written first (n). */
static void
text(const struct bp_text *t, int n)
{
	if (n < 0)
		printf("{ .s = NULL, .len = 0, .at = ");
	else
		printf("{ .s = s%d, .len = %u, .at = ", n, t->len);
	mark(t->at);
	printf(" }");
}

/* A list of texts as a static array; returns its number, or -1 if empty. */
static int
texts_array(const struct bp_texts *t)
{
	int	*ids = calloc(t->n + 1, sizeof(*ids));
	size_t	 k;
	int	 n;

	if (t->n == 0) {
		free(ids);
		return -1;
	}
	for (k = 0; k < t->n; k++)
		ids[k] = str(t->v[k].s);
	n = narr++;
	printf("static struct bp_text a%d[] = {", n);
	for (k = 0; k < t->n; k++) {
		printf("\n\t");
		text(&t->v[k], ids[k]);
		printf(",");
	}
	printf(" };\n");
	free(ids);
	return n;
}

static void
texts_init(const struct bp_texts *t, int n)
{
	if (n < 0)
		printf("{ .v = NULL, .n = 0, .at = ");
	else
		printf("{ .v = a%d, .n = %zu, .at = ", n, t->n);
	mark(t->at);
	printf(" }");
}

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

	printf("{ .fields = %s, .v = {", table(fields));
	for (i = 0; i < k->n; i++)
		printf(" %u,", k->v[i]);
	printf(" }, .n = %u }", k->n);
}

/* A feature's values as a static array; returns its number, or -1. */
static int
values_array(const struct bp_feature *f)
{
	int	*ids = calloc(2 * f->nvalues + 1, sizeof(*ids));
	size_t	 v;
	int	 n;

	if (f->nvalues == 0) {
		free(ids);
		return -1;
	}
	for (v = 0; v < f->nvalues; v++) {
		ids[2 * v] = str(f->values[v].subject.s);
		ids[2 * v + 1] = str(f->values[v].text.s);
	}
	n = narr++;
	printf("static struct bp_value a%d[] = {", n);
	for (v = 0; v < f->nvalues; v++) {
		printf("\n\t{ .subject = ");
		text(&f->values[v].subject, ids[2 * v]);
		printf(", .text = ");
		text(&f->values[v].text, ids[2 * v + 1]);
		printf(" },");
	}
	printf(" };\n");
	free(ids);
	return n;
}

/*
 * The members of one struct, field by field of its kind: what they point
 * to is written first, into pre, the members themselves to stdout after.
 */
struct member {
	const struct bp_field	*f;
	int			 n;	/* its string's or array's number */
	int			 n2;	/* EDGE: its list's array's number */
};

static void
members(const void *base, const struct bp_kind *kind, struct member *m)
{
	const struct bp_field	*f;
	size_t			 k;

	for (k = 0, f = kind->fields; f->key != NULL; f++, k++) {
		const void *at = (const char *)base + f->off;

		m[k].f = f;
		switch (f->type) {
		case BP_F_LINE:
		case BP_F_PROSE:
			m[k].n = str(((const struct bp_text *)at)->s);
			break;
		case BP_F_LINES:
		case BP_F_REFS:
			m[k].n = texts_array(at);
			break;
		case BP_F_EDGE:
			m[k].n = str(((const struct bp_text *)at)->s);
			m[k].n2 = texts_array((const void *)((const char *)base +
			    f->noff));
			break;
		case BP_F_VALUES:
			m[k].n = values_array(base);
			break;
		case BP_F_CHOOSE:
		case BP_F_LIST:
			m[k].n = -1;	/* the document's own: see main() */
			break;
		}
	}
	m[k].f = NULL;
}

static void
init_members(const void *base, const struct member *m)
{
	for (; m->f != NULL; m++) {
		const struct bp_field	*f = m->f;
		const void		*at = (const char *)base + f->off;

		switch (f->type) {
		case BP_F_LINE:
		case BP_F_PROSE:
			printf(",\n\t  .%s = ", f->member);
			text(at, m->n);
			break;
		case BP_F_LINES:
		case BP_F_REFS:
			printf(",\n\t  .%s = ", f->member);
			texts_init(at, m->n);
			break;
		case BP_F_EDGE:
			printf(",\n\t  .%s = ", f->member);
			text(at, m->n);
			printf(",\n\t  .%s = ", f->nmember);
			texts_init((const void *)((const char *)base + f->noff),
			    m->n2);
			break;
		case BP_F_VALUES:
			if (m->n >= 0)
				printf(",\n\t  .%s = a%d", f->member, m->n);
			printf(", .%s = %zu, .%s = ", f->nmember,
			    *(const size_t *)((const char *)base + f->noff),
			    f->atmember);
			mark(*(const struct bp_mark *)((const char *)base +
			    f->atoff));
			break;
		case BP_F_CHOOSE:
		case BP_F_LIST:
			break;
		}
	}
}

/* A top-level list of items: each item's parts, then the array. */
static void
list(const struct bp_doc *d, const struct bp_field *f)
{
	const struct bp_kind	*kind = f->kind;
	const char		*arr = *(const char *const *)((const char *)d +
				    f->off);
	size_t			 n = *(const size_t *)((const char *)d + f->noff);
	size_t			 i, nf = bp_nfields(kind->fields);
	struct member		*m;

	if (n == 0)
		return;
	m = calloc(n * (nf + 1), sizeof(*m));
	for (i = 0; i < n; i++)
		members(arr + i * kind->size, kind, m + i * (nf + 1));
	printf("static struct %s L_%s[] = {", kind == &bp_subject_kind ?
	    "bp_subject" : kind == &bp_feature_kind ? "bp_feature" :
	    kind == &bp_section_kind ? "bp_section" : kind == &bp_faq_kind ?
	    "bp_faq" : "bp_source", f->member);
	for (i = 0; i < n; i++) {
		const char *item = arr + i * kind->size;

		printf("\n\t{ .at = ");
		mark(*(const struct bp_mark *)(item + kind->atoff));
		printf(", .keys = ");
		keys_init((const struct bp_keys *)(item + kind->keysoff),
		    kind->fields);
		init_members(item, m + i * (nf + 1));
		printf(" },");
	}
	printf(" };\n");
	free(m);
}

int
main(int argc, char *argv[])
{
	const struct bp_field	*f;
	struct bp_diags		 dg;
	struct bp_doc		*d;
	struct member		 top[BP_MAX_KEYS + 1];
	size_t			 i;
	int			 fd, *items, *subj;

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
	bp_diags_print(&dg);
	if (d == NULL || dg.nerrors + dg.nwarnings > 0)
		return 1;

	printf("/* Generated from %s by gendoc; do not edit. */\n", argv[1]);
	printf("#include <stddef.h>\n\n#include \"model/bp_data.h\"\n"
	    "#include \"model/bp_doc.h\"\n\n");
	for (f = bp_doc_fields; f->key != NULL; f++)
		if (f->type == BP_F_LIST)
			list(d, f);

	/* Choose lists: a subject id and its list, no keys of their own. */
	items = calloc(d->nchoices + 1, sizeof(*items));
	subj = calloc(d->nchoices + 1, sizeof(*subj));
	for (i = 0; i < d->nchoices; i++) {
		items[i] = texts_array(&d->choices[i].items);
		subj[i] = str(d->choices[i].subject.s);
	}
	if (d->nchoices > 0) {
		printf("static struct bp_choice L_choices[] = {");
		for (i = 0; i < d->nchoices; i++) {
			printf("\n\t{ .subject = ");
			text(&d->choices[i].subject, subj[i]);
			printf(", .items = ");
			texts_init(&d->choices[i].items, items[i]);
			printf(" },");
		}
		printf(" };\n");
	}
	free(items);
	free(subj);

	/* The document. */
	members(d, &bp_doc_kind, top);
	printf("static char s_file[] = \"(built-in)\";\n");
	printf("const struct bp_doc bp_default_doc = {\n\t.file = s_file,\n"
	    "\t.keys = ");
	keys_init(&d->keys, bp_doc_fields);
	init_members(d, top);
	for (f = bp_doc_fields; f->key != NULL; f++) {
		size_t n;

		if (f->type != BP_F_LIST && f->type != BP_F_CHOOSE)
			continue;
		n = *(const size_t *)((const char *)d + f->noff);
		if (n > 0)
			printf(",\n\t.%s = L_%s", f->member, f->member);
		printf(", .%s = %zu, .%s = ", f->nmember, n, f->atmember);
		mark(*(const struct bp_mark *)((const char *)d + f->atoff));
	}
	printf("\n};\n");
	bp_doc_free(d);
	bp_diags_free(&dg);
	return ferror(stdout) ? 1 : 0;
}
