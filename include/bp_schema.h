/* The keys of data format 1, with where each goes: the loader reads by them, JSON writes by them. */
#ifndef BP_SCHEMA_H
#define BP_SCHEMA_H

#include <stddef.h>

enum bp_ftype {
	BP_F_TEXT,	/* a struct bp_text at off */
	BP_F_TEXTS,	/* a struct bp_texts at off */
	BP_F_CUSTOM	/* a list or mapping its user handles by name */
};

struct bp_field {
	const char	*key;		/* NULL ends a table */
	enum bp_ftype	 type;
	int		 required;
	size_t		 off;		/* into the struct, for TEXT and TEXTS */
};

/* One table per mapping of the format, in bpolpo(5)'s order. */
extern const struct bp_field	bp_doc_fields[];	/* struct bp_doc */
extern const struct bp_field	bp_subject_fields[];	/* struct bp_subject */
extern const struct bp_field	bp_feature_fields[];	/* struct bp_feature */
extern const struct bp_field	bp_section_fields[];	/* struct bp_section */
extern const struct bp_field	bp_faq_fields[];	/* struct bp_faq */
extern const struct bp_field	bp_source_fields[];	/* struct bp_source */

/* The number of keys in a table. */
size_t	bp_nfields(const struct bp_field *);

#endif
