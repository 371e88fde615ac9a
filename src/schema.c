/* The keys of data format 1: one table per mapping, shared by the loader and the JSON writer. */
#include <stddef.h>

#include "bp_doc.h"
#include "bp_schema.h"

#define TEXT(st, key, req, member) \
	{ key, BP_F_TEXT, req, offsetof(struct st, member) }
#define TEXTS(st, key, req, member) \
	{ key, BP_F_TEXTS, req, offsetof(struct st, member) }
#define CUSTOM(key, req) \
	{ key, BP_F_CUSTOM, req, 0 }
#define END \
	{ NULL, BP_F_TEXT, 0, 0 }

/* The order of the CUSTOM keys is the loader's TOP_* order. */
const struct bp_field bp_doc_fields[] = {
	TEXT(bp_doc, "format", 1, format),
	TEXT(bp_doc, "title", 1, title),
	TEXT(bp_doc, "updated", 0, updated),
	TEXT(bp_doc, "summary", 1, summary),
	CUSTOM("subjects", 1),
	CUSTOM("features", 1),
	CUSTOM("choose", 0),
	CUSTOM("sections", 0),
	CUSTOM("faq", 0),
	CUSTOM("sources", 0),
	END
};

const struct bp_field bp_subject_fields[] = {
	TEXT(bp_subject, "id", 1, id),
	TEXT(bp_subject, "short", 1, shortname),
	TEXT(bp_subject, "name", 1, name),
	TEXT(bp_subject, "label", 0, label),
	END
};

const struct bp_field bp_feature_fields[] = {
	TEXT(bp_feature, "id", 1, id),
	TEXT(bp_feature, "label", 1, label),
	TEXT(bp_feature, "edge", 0, edge),
	CUSTOM("values", 1),
	END
};

const struct bp_field bp_section_fields[] = {
	TEXT(bp_section, "id", 1, id),
	TEXT(bp_section, "title", 1, title),
	TEXT(bp_section, "body", 1, body),
	TEXTS(bp_section, "sources", 0, sources),
	END
};

const struct bp_field bp_faq_fields[] = {
	TEXT(bp_faq, "id", 1, id),
	TEXT(bp_faq, "question", 1, question),
	TEXT(bp_faq, "answer", 1, answer),
	TEXTS(bp_faq, "keywords", 0, keywords),
	TEXTS(bp_faq, "sources", 0, sources),
	END
};

const struct bp_field bp_source_fields[] = {
	TEXT(bp_source, "id", 1, id),
	TEXT(bp_source, "title", 1, title),
	TEXT(bp_source, "publisher", 0, publisher),
	TEXT(bp_source, "url", 0, url),
	END
};

size_t
bp_nfields(const struct bp_field *f)
{
	size_t	 n = 0;

	while (f[n].key != NULL)
		n++;
	return n;
}
