/*
 * The comparison as plain C structs, each node with the line:column it
 * came from.  Who owns what: bp_load() returns a document the caller
 * frees with bp_doc_free(), its texts in its arena; every look-up here
 * returns a pointer into the document, valid while it lives, never to
 * be freed.
 */
#ifndef BP_DOC_H
#define BP_DOC_H

#include <stddef.h>
#include <stdint.h>

#include "base/bp_arena.h"
#include "base/bp_buf.h"
#include "base/bp_mark.h"
#include "model/bp_schema.h"

/*
 * A scalar from the input: NUL-terminated UTF-8 (the loader refuses NUL).
 * A one-line field (bpolpo(5)) has no line break: the loader folds them.
 */
struct bp_text {
	char		*s;	/* NULL when the key was absent */
	unsigned int	 len;
	struct bp_mark	 at;
};

/* The known keys of a mapping in the order the file gives them (for dump). */
#define BP_MAX_KEYS	12
struct bp_keys {
	const struct bp_field	*fields;	/* this kind's table, bp_schema.h */
	unsigned char		 v[BP_MAX_KEYS];	/* indexes into fields */
	unsigned char		 n;
};

/* The i-th field, and key, the file gave. */
#define bp_keyfield(keys, i)	(&(keys)->fields[(keys)->v[(i)]])
#define bp_key(keys, i)		(bp_keyfield((keys), (i))->key)

/* A list of scalars, such as keywords or source references. */
struct bp_texts {
	struct bp_text	*v;
	size_t		 n;
	struct bp_mark	 at;
};

struct bp_subject {
	struct bp_mark	 at;
	struct bp_keys	 keys;
	struct bp_text	 id;
	struct bp_text	 shortname;	/* key "short" */
	struct bp_text	 name;
	struct bp_text	 label;		/* optional: name used in "Choose X if" */
};

/* One cell of a feature row: the value for one subject. */
struct bp_value {
	struct bp_text	 subject;	/* the mapping key: a subject id */
	struct bp_text	 text;
};

/* The edge of a feature that favours no subject. */
#define BP_TIE	"tie"
/*
 * What decide's --pick and its question take for "both describe my
 * need": no subject may have this id either.
 */
#define BP_EITHER_WORD	"either"

struct bp_feature {
	struct bp_mark	 at;
	struct bp_keys	 keys;
	struct bp_text	 id;
	struct bp_text	 label;
	struct bp_text	 edge;		/* optional: a subject id or "tie" */
	struct bp_texts	 edges;		/* or a list of subject ids: a shared
					   edge (then edge.s is NULL) */
	struct bp_value	*values;
	size_t		 nvalues;
	struct bp_mark	 values_at;
};

/* One "choose X if" list. */
struct bp_choice {
	struct bp_text	 subject;	/* the mapping key: a subject id */
	struct bp_texts	 items;
};

struct bp_section {
	struct bp_mark	 at;
	struct bp_keys	 keys;
	struct bp_text	 id;
	struct bp_text	 title;
	struct bp_text	 body;
	struct bp_texts	 sources;
};

struct bp_faq {
	struct bp_mark	 at;
	struct bp_keys	 keys;
	struct bp_text	 id;
	struct bp_text	 question;
	struct bp_text	 answer;
	struct bp_texts	 keywords;
	struct bp_texts	 sources;
};

struct bp_source {
	struct bp_mark	 at;
	struct bp_keys	 keys;
	struct bp_text	 id;
	struct bp_text	 title;
	struct bp_text	 publisher;
	struct bp_text	 url;
};

struct bp_doc {
	struct bp_arena		 arena;		/* holds every text below */
	char			*file;		/* name used in diagnostics */
	struct bp_keys		 keys;
	struct bp_text		 format;
	struct bp_text		 title;
	struct bp_text		 updated;
	struct bp_text		 summary;
	struct bp_subject	*subjects;
	size_t			 nsubjects;
	struct bp_mark		 subjects_at;
	struct bp_feature	*features;
	size_t			 nfeatures;
	struct bp_mark		 features_at;
	struct bp_choice	*choices;
	size_t			 nchoices;
	struct bp_mark		 choices_at;
	struct bp_section	*sections;
	size_t			 nsections;
	struct bp_mark		 sections_at;
	struct bp_faq		*faqs;
	size_t			 nfaqs;
	struct bp_mark		 faqs_at;
	struct bp_source	*sources;
	size_t			 nsources;
	struct bp_mark		 sources_at;
	unsigned int		 dropped;	/* BP_L_*: items left out, bad */
	/* Indexes sorted by id, for look-ups in O(log n); NULL: scan. */
	uint32_t		*subject_order;
	uint32_t		*feature_order;
	uint32_t		*choice_order;
	uint32_t		*source_order;
};

/*
 * The lists whose items the loader left out because they were reported
 * bad: checks that would only repeat the report skip them.
 */
#define BP_L_SUBJECTS	0x01
#define BP_L_FEATURES	0x02
#define BP_L_SECTIONS	0x04
#define BP_L_FAQ	0x08
#define BP_L_SOURCES	0x10

struct bp_diags;

#define BP_DOC_SLACK	((size_t)4 * 1024 * 1024)

/*
 * Parses YAML text of format 1 into a new document, straight from
 * libyaml's events.  Problems are added to diags, which names them after
 * file.  An item (a feature, a subject...) with a problem is reported and
 * left out.  Returns the document, or NULL when the input could not be
 * read as a comparison at all; a non-NULL document may still have errors
 * in diags.  The document never takes more than twice the input's size
 * plus BP_DOC_SLACK: a file that would is refused.  The caller frees it
 * with bp_doc_free().
 */
struct bp_doc	*bp_load(const char *file, const char *text, size_t len,
		    struct bp_diags *diags);

/*
 * The same as bp_load(), reading fd (a regular file, a pipe) as it
 * parses, so the input is never held in memory whole; more than limit
 * bytes is an error.  fd stays open.
 */
struct bp_doc	*bp_load_fd(const char *file, int fd, size_t limit,
		    struct bp_diags *diags);

void		 bp_doc_free(struct bp_doc *);

/*
 * Sorts the document's lists by id for the look-ups below (the loader
 * does it); without it they scan.
 */
void			 bp_doc_index(struct bp_doc *);

/*
 * The order of n items of stride bytes, each with a struct bp_text at
 * offset off, sorted by that text's bytes (absent ones last; the same
 * text twice, the first first): the one sort by id of the whole tree,
 * for the document's indexes, diff's pairing and --subjects' view.
 * order[k] is the index of the k-th; 32 bits, as a 64 MiB input has
 * fewer items.  Never NULL; free it with free().
 */
uint32_t		*bp_sort_by_text(const void *items, size_t n,
			    size_t stride, size_t off);
/*
 * Two texts by their bytes, then their length (a prefix first); absent
 * ones last.  For texts without NUL, as every text of a document, the
 * order strcmp() gives.
 */
int			 bp_text_cmp(const struct bp_text *,
			    const struct bp_text *);

/* Look-ups by exact id; each returns NULL when nothing matches. */
const struct bp_subject	*bp_subject_by_id(const struct bp_doc *, const char *);
const struct bp_feature	*bp_feature_by_id(const struct bp_doc *, const char *);
const struct bp_source	*bp_source_by_id(const struct bp_doc *, const char *);
/*
 * The next source of refs from *i on, *i moved past it; NULL after the
 * last.  A reference to no source (validation refuses them) is passed over.
 */
const struct bp_source	*bp_cited_next(const struct bp_doc *,
			    const struct bp_texts *refs, size_t *i);
const struct bp_choice	*bp_choice_for(const struct bp_doc *, const char *);
const struct bp_value	*bp_value_for(const struct bp_feature *, const char *);
/*
 * A feature's values in subject order, for renderers that walk every
 * cell: bp_by_subject_init() sorts the subjects once; then
 * bp_by_subject() sets out[c] to the value for subject c (or NULL) in
 * O(v log s) per feature, where a look-up per cell would be O(v s).
 */
struct bp_by_subject {
	const struct bp_doc	 *d;
	uint32_t		 *order;	/* subject indexes sorted by id */
	int			  own;		/* order is ours to free */
};
void	bp_by_subject_init(struct bp_by_subject *, const struct bp_doc *);
void	bp_by_subject(const struct bp_by_subject *, const struct bp_feature *,
	    const struct bp_value **out);
void	bp_by_subject_free(struct bp_by_subject *);

/*
 * What renderers call things, decided once: a subject's label in "Choose
 * X if" (its label, else its short name); a feature's edge, appended to
 * a buffer ("Tie", the winner's short name, or the short names of those
 * that share it, "A, B"; returns 0 and appends nothing without an
 * edge); whether the edge names
 * a winner; the heading of a choose list, "Choose X if:".  Data text, raw:
 * each renderer escapes it.
 */
const struct bp_text	*bp_subject_label(const struct bp_subject *);
int			 bp_edge_label(struct bp_buf *, const struct bp_doc *,
			    const struct bp_feature *);
int			 bp_edge_wins(const struct bp_feature *);
/* Whether the feature has an edge at all, a tie included. */
int			 bp_has_edge(const struct bp_feature *);
/*
 * The subjects a feature's edge names, into *v: one, several (a shared
 * edge) or none (a tie, or no edge); returns how many.
 */
size_t			 bp_edge_ids(const struct bp_feature *,
			    const struct bp_text **v);
void			 bp_choose_label(struct bp_buf *,
			    const struct bp_subject *);

/* The 1-based position of a source in the sources list, 0 if absent. */
size_t			 bp_source_number(const struct bp_doc *, const struct bp_source *);

#endif
