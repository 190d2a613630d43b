#include "store/privacy.hpp"

#include "crypto/hmac.hpp"

namespace suasana::store {

namespace {

constexpr std::string_view k_pseudonym_prefix = "anon-";
constexpr std::size_t k_hex_digits = 16;

bool all_lower_hex(std::string_view text) {
    return text.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

}  // namespace

std::string pseudonym(const std::string& key, const std::string& name) {
    return std::string(k_pseudonym_prefix) +
           crypto::hmac_sha256_hex(key, name).substr(0, k_hex_digits);
}

bool is_pseudonym(std::string_view author) {
    return author.size() == k_pseudonym_prefix.size() + k_hex_digits &&
           author.substr(0, k_pseudonym_prefix.size()) == k_pseudonym_prefix &&
           all_lower_hex(author.substr(k_pseudonym_prefix.size()));
}

bool is_derived_id(std::string_view site_id) {
    return site_id.substr(0, k_derived_id_prefix.size()) == k_derived_id_prefix;
}

bool is_hashed_id(std::string_view site_id) {
    return is_derived_id(site_id) ||
           site_id.substr(0, k_keyed_id_prefix.size()) == k_keyed_id_prefix;
}

// Both prefixes are two ASCII characters without quotes, so they stand in SQL as they are.
std::string derived_id_sql(const std::string& column) {
    return "(substr(" + column + ", 1, 2) = '" + std::string(k_derived_id_prefix) + "')";
}

std::string hashed_id_sql(const std::string& column) {
    return "(substr(" + column + ", 1, 2) IN ('" + std::string(k_derived_id_prefix) + "', '" +
           std::string(k_keyed_id_prefix) + "'))";
}

std::string keyed_site_id(const std::string& key, const std::string& site_id) {
    if (!is_derived_id(site_id)) return site_id;
    // The message is prefixed so an id's hash never equals an author's pseudonym digits.
    return std::string(k_keyed_id_prefix) +
           crypto::hmac_sha256_hex(key, "site-id\x1f" + site_id).substr(0, k_hex_digits);
}

void pseudonymize(Comment& comment, const std::string& key) {
    if (comment.author && !is_pseudonym(*comment.author))
        comment.author = pseudonym(key, *comment.author);
    comment.site_id = keyed_site_id(key, comment.site_id);
    comment.parent_site_id = keyed_site_id(key, comment.parent_site_id);
}

}  // namespace suasana::store
