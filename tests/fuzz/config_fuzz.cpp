// Fuzz target: the config loader on config.toml text (written to a scratch file, since the
// loader reads a path), then what `suasana check` does next with a loaded config: the zone.
#include <cstddef>
#include <cstdint>

#include "config/config_loader.hpp"
#include "fuzz_input.hpp"
#include "text/zone.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace suasana;
    static const fuzz::ScratchFile file("config.toml");
    auto config = config::load_config(file.write(fuzz::as_text(data, size)));
    if (!config) {
        fuzz::require(!config.error().message.empty(), "a config error says nothing");
        return 0;
    }
    for (const Target& t : config->targets)
        fuzz::require(!t.name.empty() && !t.url.empty(), "a target without name or url loaded");
    (void)text::Zone::load(config->zone);
    return 0;
}
