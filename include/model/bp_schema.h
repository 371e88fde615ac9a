/* The keys of data format 1, with where each goes: the loader reads by them, JSON and gendoc write by them. */
#ifndef BP_SCHEMA_H
#define BP_SCHEMA_H

#include <stddef.h>

enum bp_ftype {
	BP_F_LINE,	/* one-line text (a struct bp_text): line breaks folded */
	BP_F_PROSE,	/* paragraphs (a struct bp_text) */
	BP_F_LINES,	/* a list of one-line texts (a struct bp_texts) */
	BP_F_REFS,	/* a list of source ids (a struct bp_texts) */
	BP_F_EDGE,	/* a subject id or "tie" (a struct bp_text at off), or
			   a list of subject ids (a struct bp_texts at noff) */
	BP_F_VALUES,	/* a feature's values: subject id -> one-line text */
	BP_F_CHOOSE,	/* subject id -> a list of one-line texts */
	BP_F_LIST	/* a list of mappings of another kind */
};

struct bp_kind;

struct bp_field {
	const char		*key;		/* NULL ends a table */
	enum bp_ftype		 type;
	int			 required;
	size_t			 off;		/* the member: text, texts or array */
	size_t			 noff;		/* VALUES, CHOOSE, LIST: the count */
	size_t			 atoff;		/* VALUES, LIST: a bp_mark; else 0 */
	const struct bp_kind	*kind;		/* LIST: what its items are */
	const char		*member;	/* the struct member's name (gendoc) */
	const char		*nmember;	/* ... and its count's, or NULL */
	const char		*atmember;	/* ... and its mark's, or NULL */
};

/* One mapping of the format and the struct it fills. */
struct bp_kind {
	const char		*what;		/* "a feature", for messages */
	const struct bp_field	*fields;
	size_t			 size;		/* of the struct */
	size_t			 keysoff;	/* its struct bp_keys */
	size_t			 atoff;		/* its struct bp_mark */
	unsigned int		 list;		/* BP_L_*: its bit in dropped */
};

extern const struct bp_kind	bp_doc_kind;		/* struct bp_doc */
extern const struct bp_kind	bp_subject_kind;	/* struct bp_subject */
extern const struct bp_kind	bp_feature_kind;	/* struct bp_feature */
extern const struct bp_kind	bp_section_kind;	/* struct bp_section */
extern const struct bp_kind	bp_faq_kind;		/* struct bp_faq */
extern const struct bp_kind	bp_source_kind;		/* struct bp_source */

/* The tables themselves, in bpolpo(5)'s order. */
extern const struct bp_field	bp_doc_fields[];
extern const struct bp_field	bp_subject_fields[];
extern const struct bp_field	bp_feature_fields[];
extern const struct bp_field	bp_section_fields[];
extern const struct bp_field	bp_faq_fields[];
extern const struct bp_field	bp_source_fields[];

/* The number of keys in a table. */
size_t	bp_nfields(const struct bp_field *);

/* The field of a table with this key, or NULL. */
const struct bp_field	*bp_field_of(const struct bp_field *, const char *key);

#endif
