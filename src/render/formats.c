/* The output formats: their names and the renderer that draws each. */
#include "render/bp_render.h"

const char *const bp_formats[] = { "text", "markdown", "json", "yaml", "csv",
    "tsv", "html", NULL };

const struct bp_renderer *
bp_renderer_of(enum bp_format f)
{
	static const struct bp_renderer *const renderers[BP_FORMAT__MAX] = {
		[BP_FORMAT_TEXT] = &bp_term_renderer,
		[BP_FORMAT_MARKDOWN] = &bp_md_renderer,
		[BP_FORMAT_JSON] = &bp_json_renderer,
		[BP_FORMAT_YAML] = &bp_yaml_renderer,
		[BP_FORMAT_CSV] = &bp_csv_renderer,
		[BP_FORMAT_TSV] = &bp_tsv_renderer,
		[BP_FORMAT_HTML] = &bp_html_renderer,
	};

	return renderers[f];
}
