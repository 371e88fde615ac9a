/* The keys of data format 1: one table per mapping, shared by the loader, JSON and gendoc. */
#include <stddef.h>
#include <string.h>

#include "model/bp_doc.h"
#include "model/bp_schema.h"

#define LINE(st, key, req, m) \
	{ key, BP_F_LINE, req, offsetof(struct st, m), 0, 0, NULL, #m, NULL, \
	  NULL }
#define PROSE(st, key, req, m) \
	{ key, BP_F_PROSE, req, offsetof(struct st, m), 0, 0, NULL, #m, NULL, \
	  NULL }
#define LINES(st, key, req, m) \
	{ key, BP_F_LINES, req, offsetof(struct st, m), 0, 0, NULL, #m, NULL, \
	  NULL }
#define REFS(st, key, req, m) \
	{ key, BP_F_REFS, req, offsetof(struct st, m), 0, 0, NULL, #m, NULL, \
	  NULL }
#define LIST(key, req, m, kind) \
	{ key, BP_F_LIST, req, offsetof(struct bp_doc, m), \
	  offsetof(struct bp_doc, n##m), offsetof(struct bp_doc, m##_at), \
	  &(kind), #m, "n" #m, #m "_at" }
#define END \
	{ NULL, BP_F_LINE, 0, 0, 0, 0, NULL, NULL, NULL, NULL }

const struct bp_field bp_doc_fields[] = {
	LINE(bp_doc, "format", 1, format),
	LINE(bp_doc, "title", 1, title),
	LINE(bp_doc, "updated", 0, updated),
	PROSE(bp_doc, "summary", 1, summary),
	LIST("subjects", 1, subjects, bp_subject_kind),
	LIST("features", 1, features, bp_feature_kind),
	{ "choose", BP_F_CHOOSE, 0, offsetof(struct bp_doc, choices),
	  offsetof(struct bp_doc, nchoices), offsetof(struct bp_doc, choices_at),
	  NULL, "choices", "nchoices", "choices_at" },
	LIST("sections", 0, sections, bp_section_kind),
	LIST("faq", 0, faqs, bp_faq_kind),
	LIST("sources", 0, sources, bp_source_kind),
	END
};

const struct bp_field bp_subject_fields[] = {
	LINE(bp_subject, "id", 1, id),
	LINE(bp_subject, "short", 1, shortname),
	LINE(bp_subject, "name", 1, name),
	LINE(bp_subject, "label", 0, label),
	END
};

const struct bp_field bp_feature_fields[] = {
	LINE(bp_feature, "id", 1, id),
	LINE(bp_feature, "label", 1, label),
	{ "edge", BP_F_EDGE, 0, offsetof(struct bp_feature, edge),
	  offsetof(struct bp_feature, edges), 0, NULL, "edge", "edges", NULL },
	{ "values", BP_F_VALUES, 1, offsetof(struct bp_feature, values),
	  offsetof(struct bp_feature, nvalues),
	  offsetof(struct bp_feature, values_at), NULL, "values", "nvalues",
	  "values_at" },
	END
};

const struct bp_field bp_section_fields[] = {
	LINE(bp_section, "id", 1, id),
	LINE(bp_section, "title", 1, title),
	PROSE(bp_section, "body", 1, body),
	REFS(bp_section, "sources", 0, sources),
	END
};

const struct bp_field bp_faq_fields[] = {
	LINE(bp_faq, "id", 1, id),
	LINE(bp_faq, "question", 1, question),
	PROSE(bp_faq, "answer", 1, answer),
	LINES(bp_faq, "keywords", 0, keywords),
	REFS(bp_faq, "sources", 0, sources),
	END
};

const struct bp_field bp_source_fields[] = {
	LINE(bp_source, "id", 1, id),
	LINE(bp_source, "title", 1, title),
	LINE(bp_source, "publisher", 0, publisher),
	LINE(bp_source, "url", 0, url),
	END
};

#define KIND(st, what, fields, list) \
	{ what, fields, sizeof(struct st), offsetof(struct st, keys), \
	  offsetof(struct st, at), list }

const struct bp_kind bp_doc_kind = {
	"the comparison", bp_doc_fields, sizeof(struct bp_doc),
	offsetof(struct bp_doc, keys), 0, 0
};
const struct bp_kind bp_subject_kind =
    KIND(bp_subject, "a subject", bp_subject_fields, BP_L_SUBJECTS);
const struct bp_kind bp_feature_kind =
    KIND(bp_feature, "a feature", bp_feature_fields, BP_L_FEATURES);
const struct bp_kind bp_section_kind =
    KIND(bp_section, "a section", bp_section_fields, BP_L_SECTIONS);
const struct bp_kind bp_faq_kind =
    KIND(bp_faq, "a faq entry", bp_faq_fields, BP_L_FAQ);
const struct bp_kind bp_source_kind =
    KIND(bp_source, "a source", bp_source_fields, BP_L_SOURCES);

size_t
bp_nfields(const struct bp_field *f)
{
	size_t	 n = 0;

	while (f[n].key != NULL)
		n++;
	return n;
}

const struct bp_field *
bp_field_of(const struct bp_field *f, const char *key)
{
	/* The first byte tells most keys apart without a call. */
	for (; f->key != NULL; f++)
		if (f->key[0] == key[0] && strcmp(f->key, key) == 0)
			return f;
	return NULL;
}
