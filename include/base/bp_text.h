/* Text as bpolpo shows it: visible escapes, display width and line wrapping (libunistring). */
#ifndef BP_TEXT_H
#define BP_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "base/bp_buf.h"

/*
 * The characters bpolpo never writes raw, in any output: they drive the
 * terminal, reorder text or hide it.  One entry a class; the entry with
 * lo > hi stands for "every other format character" (Unicode category
 * Cf) but the joiners U+200C, U+200D and the soft hyphen U+00AD, which
 * text needs and which hide nothing.  bpolpo(1) lists the same classes.
 */
struct bp_hidden {
	uint32_t	 lo, hi;
	const char	*what;
};
extern const struct bp_hidden	bp_hidden[];
extern const size_t		bp_nhidden;

/* Whether c is one of them. */
int	bp_char_hidden(uint32_t c);

/*
 * Writes the visible escape of a hidden character into buf: "\e" for
 * ESC, "\xHH" for the other C0 controls and DEL, "\uHHHH" or
 * "\UHHHHHHHH" for the rest.  Returns its length.
 */
size_t	bp_char_escape(uint32_t c, char buf[12]);

/*
 * Columns a printable character takes: the larger of libunistring's
 * width and glibc's wcwidth() in C.UTF-8, so that bpolpo never counts
 * less than a terminal that follows either draws; 2 for a character
 * glibc does not know (one assigned after its Unicode version).
 */
size_t	bp_char_width(uint32_t c);

/*
 * Where glibc's width differs from libunistring's: ranges of characters
 * and the width bpolpo gives them, made when bpolpo is built
 * (build/genwidth.c) from that system's glibc.
 */
struct bp_width {
	uint32_t	 lo, hi;
	int		 w;
};
extern const struct bp_width	bp_glibc_widths[];
extern const size_t		bp_glibc_nwidths;

/*
 * Where text may break a line, as libunistring's u8_possible_linebreaks()
 * says (UAX #14): brk[i] for the break before s[i].  ASCII, most text,
 * is read from a table made from the same libunistring when bpolpo is
 * built (build/genbreak.c); libunistring itself reads the rest, from the
 * ASCII character before it.  The same answer either way, for any text.
 */
void	bp_text_breaks(const char *s, size_t len, char *brk);
/*
 * Only those bp_text_breaks() takes from libunistring: around each
 * character the ASCII table does not hold.  The rest of brk[] is left as
 * it is, for the caller to read from the table where it needs them.
 */
void	bp_text_breaks_rest(const char *s, size_t len, char *brk);

/*
 * That table: the class of each ASCII character (0: newline and the
 * printable only), and for each class of the last character not a space
 * (0: the start of the text), spaces between or not, and the class of
 * the next: the break before it.
 */
extern const unsigned char	bp_ascii_break_class[128];
extern const size_t		bp_ascii_nbreak_classes;
extern const char		bp_ascii_breaks[];

/*
 * Appends s to out with every hidden character and invalid UTF-8 byte
 * made visible (bp_char_escape; a bad byte as \xHH).  A tab becomes a
 * space; newlines are kept (they are line breaks to the wrapper).
 */
void	bp_text_safe(struct bp_buf *out, const char *s, size_t len);
/* The same for one-line messages: a newline becomes \n too. */
void	bp_text_safe_line(struct bp_buf *out, const char *s, size_t len);
/*
 * What one character of raw text (p, before end) is shown as: how many
 * bytes it takes (at least 1, in *n) and the code point (*cp); its
 * escape in esc and the escape's length, or 0 when it is shown as it
 * is.  A tab is shown as a space, a newline as itself unless line is
 * set.
 */
size_t	bp_char_shown(const uint8_t *p, const uint8_t *end, int line,
	    char esc[12], size_t *n, uint32_t *cp);

/*
 * Display width in terminal columns of s as bp_text_safe_line() shows
 * it: the sum of its characters' widths (escapes are ASCII), plus one
 * for a VS16 that makes a narrow character an emoji.  Never less than
 * glibc's wcswidth() of the same text in C.UTF-8.  Allocates nothing.
 */
size_t	bp_text_width(const char *s, size_t len);

/*
 * The length of the run of printable ASCII (0x20 to 0x7e) s starts
 * with: text that is shown as it is, a column a byte.
 */
size_t	bp_ascii_run(const char *s, size_t len);

/* One line of wrapped text. */
struct bp_line {
	const char	*p;	/* safe text: print as is */
	size_t		 len;
	size_t		 width;	/* display width */
	size_t		 off;	/* with BP_WRAP_SAFE: p - the text wrapped */
	int		 cut;	/* ends where a piece did: maybe in a word */
};

#define BP_WRAP_JOIN	0x01	/* a newline is a space (inside a paragraph) */
#define BP_WRAP_SAFE	0x02	/* the text is safe already: lines point into it */
#define BP_WRAP_BREAK_URLS 0x04	/* a URL may be split (a table's cell) */

/*
 * Wraps text into lines no wider than width columns, a line at a time,
 * made safe as it goes (unless BP_WRAP_SAFE).  Breaks come at Unicode
 * line-break opportunities (never after the leading hyphen of an option
 * such as --rows), and only between grapheme clusters; a newline forces
 * one.  An http(s) URL is one unit (unless BP_WRAP_BREAK_URLS): wider
 * than the line, it stands on a line of its own and overflows it.  Any
 * other word wider than the line is split between clusters, a cluster
 * wider than the line between characters; only a single character wider
 * than the line (width 1, a wide character) makes a line too wide.
 * Trailing spaces are dropped.  Memory stays bounded: long text is
 * taken a piece at a time.
 */
struct bp_wrap {
	const char	*s;
	size_t		 len, width, pos;
	int		 flags;
	struct bp_buf	 esc;		/* the current piece, made safe */
	const char	*e;		/* the current piece (esc or s) */
	size_t		 elen;
	unsigned char	*unit;		/* per byte of e: continues an escape */
	size_t		 ucap;
	char		*brk;		/* per byte of e: break opportunity */
	size_t		 cap;
	struct bp_line	*v;		/* the piece's lines */
	size_t		 n, i, vcap;
	int		 asis;		/* the piece is shown as it is: no esc */
	int		 plain;		/* printable ASCII and line breaks only */
	int		 known;		/* take_piece() found it plain (2), not (1) */
};

void	bp_wrap_init(struct bp_wrap *, const char *s, size_t len, size_t width,
	    int flags);
/* Sets *line to the next line and returns 1, or returns 0 at the end. */
int	bp_wrap_next(struct bp_wrap *, struct bp_line *line);
void	bp_wrap_free(struct bp_wrap *);

/*
 * The length of the http(s) URL at s[i], as GFM's autolink extension
 * would take it (up to white space, a hidden character, '<', '>' or '|',
 * less trailing punctuation and an unbalanced ')'), or 0 when none
 * starts there.  Linear in the URL's length.
 */
size_t	bp_url_len(const char *s, size_t len, size_t i);
/*
 * The same in text output, where no Markdown renderer reads it: it also
 * ends at the characters RFC 3986 never allows raw ('{', '}', '"', '\\',
 * '^', '`'), and an unbalanced ']' is not part of it (diff's markers).
 */
size_t	bp_url_len_text(const char *s, size_t len, size_t i);

/*
 * Width of the widest word of s as it is shown: the widest run bp_wrap
 * never breaks, so at that width or wider no word is split.
 */
size_t	bp_text_longest_word(const char *s, size_t len);

/*
 * One text measured for wrapping at many widths: its break opportunities,
 * grapheme clusters and their widths worked out once, then laid out at any
 * width by bp_wrap's own rules, so a count is the number of lines drawn.
 * At a width no narrower than its widest word a layout costs a step a
 * word; narrower, bp_wrap's loop runs.  Exact for text of at most
 * BP_MEASURE_MAX bytes, which bp_wrap takes whole at any width.
 */
#define BP_MEASURE_MAX	((size_t)64 * 1024)

struct bp_seg;

struct bp_measure {
	struct bp_wrap	 w;		/* the text as one piece, and its breaks */
	struct bp_seg	*seg;		/* its words and line breaks, in order */
	size_t		 nseg;
	size_t		 word;		/* widest word: bp_text_longest_word() */
};

void	bp_measure_init(struct bp_measure *, const char *s, size_t len);
/*
 * Lines of the text wrapped at width, as bp_wrap_next() gives them.  With
 * next: *next is the least width above this one at which the count may
 * change (SIZE_MAX: none), so the widths between give the same lines.
 */
size_t	bp_measure_lines(struct bp_measure *, size_t width, size_t *next);
void	bp_measure_free(struct bp_measure *);

/* The blocks of prose (bpolpo(5)): a paragraph, or an item of a list. */
enum bp_block {
	BP_BLOCK_PARA,
	BP_BLOCK_ITEM
};

/*
 * Splits prose into blocks and calls fn for each non-empty one, with its
 * outer whitespace trimmed; a single newline inside stays, for the
 * caller to show as a space (BP_WRAP_JOIN).  Blank lines end a
 * paragraph.  Inside one, a line that starts with "- " (after spaces)
 * starts a list item, given without its "- "; the lines up to the next
 * item belong to it, and the lines before the first item are a
 * paragraph.  first: the block starts a paragraph (after a blank line,
 * or at the start), not an item that follows text or another item
 * directly.  Allocates nothing.
 */
void	bp_text_paragraphs(const char *s, size_t len,
	    void (*fn)(enum bp_block, int first, const char *, size_t,
	    void *), void *arg);

/* Whether s holds nothing but spaces, tabs and line breaks. */
int	bp_text_blank(const char *s, size_t len);

/*
 * The single-line form of data text, in place: outer whitespace trimmed
 * and every run of whitespace that holds a line break made one space.
 * Returns the new length.
 */
size_t	bp_text_fold(char *s, size_t len);

/*
 * The ASCII src starts with, A-Z made a-z, into dst (room for len bytes):
 * returns how many bytes were copied, up to the first of 0x80 or above.
 * The case folding uc_tolower() does, for the bytes it leaves where they
 * are.
 */
size_t	bp_ascii_lower(char *dst, const char *src, size_t len);

/* ASCII-only case-insensitive comparisons: ids, whatever the locale. */
int	bp_ascii_casecmp(const char *, const char *);
int	bp_ascii_ncasecmp(const char *, const char *, size_t);

/*
 * Decodes the character at s (len > 0 bytes): sets *c (U+FFFD for an
 * invalid byte) and returns how many bytes it takes, at least 1.
 */
size_t	bp_utf8_decode(const char *s, size_t len, uint32_t *c);
/* Whether s[0..len) is valid UTF-8. */
int	bp_utf8_valid(const char *s, size_t len);
/*
 * How many bytes of s (len of them) to take as the next piece of at most
 * max (max at least 4): all of s when it is no longer, else never a
 * character cut in two, so that text made safe or escaped a piece at a
 * time comes out byte for byte as it does whole.
 */
size_t	bp_utf8_piece(const char *s, size_t len, size_t max);
/* Whether c is white space (Unicode separators, tabs and line breaks). */
int	bp_is_space(uint32_t c);

#endif
