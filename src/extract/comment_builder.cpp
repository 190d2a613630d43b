#include "extract/comment_builder.hpp"

#include "extract/counts.hpp"
#include "text/cut.hpp"
#include "time/timestamp.hpp"
#include "util/escapes.hpp"
#include "util/hash.hpp"
#include "util/strings.hpp"

namespace suasana::extract {

namespace {

// Undoes the API's escaping, step by step in the scraper's order.
std::string decode(std::string text, const std::vector<DecodeStep>& steps) {
    for (const DecodeStep& step : steps) {
        switch (step.kind) {
            case DecodeStep::Kind::html_entities:
                text = util::decode_html_entities(text);
                break;
            case DecodeStep::Kind::percent_u:
                text = util::decode_percent_u(text);
                break;
            case DecodeStep::Kind::newline:
                text = util::marker_to_newline(text, step.marker);
                break;
        }
    }
    return text;
}

}  // namespace

Comment CommentBuilder::build(RawComment raw) {
    // No field of a page may carry a terminal's control sequences into any output.
    for (auto* field :
         {&raw.id, &raw.author, &raw.time, &raw.body, &raw.likes, &raw.replies, &raw.parent}) {
        if (*field) util::replace_controls(**field);
    }
    Comment c;
    for (const FieldDecode& d : m_spec.decode) {
        std::optional<std::string>& value = d.field == "author" ? raw.author : raw.body;
        if (value) value = decode(std::move(*value), d.steps);
    }
    if (raw.author && !util::trim(*raw.author).empty())
        c.author = std::string(util::trim(*raw.author));
    std::string body = raw.body.value_or("");
    auto max_chars = static_cast<std::size_t>(m_ctx.limits.max_comment_chars);
    if (util::utf8_length(body) > max_chars) {
        body = std::string(text::cut_at_character(body, max_chars));
        c.body_cut = true;
    }
    c.body = std::move(body);
    if (raw.time)
        c.time = time::parse_timestamp(*raw.time, m_spec.time_formats, *m_ctx.zone, m_ctx.now);
    if (raw.likes) c.likes = parse_count(*raw.likes);
    if (raw.dislikes) c.dislikes = parse_count(*raw.dislikes);
    if (raw.replies) c.replies = parse_count(*raw.replies);
    c.machine_translated = m_spec.machine_translated;
    if (raw.parent) c.parent_site_id = std::string(util::trim(*raw.parent));

    if (raw.id && !util::trim(*raw.id).empty()) {
        c.site_id = std::string(util::trim(*raw.id));
        return c;
    }
    std::string key = c.author.value_or("") + "\x1f" + util::collapse_spaces(c.body);
    if (c.time.utc && !c.time.relative) key += "\x1f" + c.time.raw;
    c.site_id = std::string(k_derived_id_prefix) + util::hex64(util::fnv1a(key));
    int n = ++m_seen_keys[c.site_id];
    if (n > 1) c.site_id += "#" + std::to_string(n);
    return c;
}

}  // namespace suasana::extract
