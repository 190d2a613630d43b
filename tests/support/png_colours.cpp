// Tells a real screenshot from a blank page: decodes a PNG (8-bit grey, RGB, palette, grey+alpha
// or RGBA, not interlaced: what Chromium writes) with zlib and counts its distinct colours and
// the share of pixels that differ from the top-left (background) pixel.
//
// usage: png-colours FILE.png MIN_COLOURS
// Prints "WxH, N distinct colours, P% not background"; exits 1 when N < MIN_COLOURS, when less
// than 1% of the pixels differ from the background, or when the file is not such a PNG.
#include <zlib.h>

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <unordered_set>
#include <vector>

namespace {

std::uint32_t be32(const unsigned char* p) {
    return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) |
           std::uint32_t{p[3]};
}

struct Png {
    std::uint32_t width = 0, height = 0;
    int colour_type = 0;
    std::size_t channels = 0;
    std::vector<unsigned char> pixels;  ///< unfiltered rows, `channels` bytes per pixel
};

std::vector<unsigned char> inflate_all(const std::string& data) {
    z_stream z{};
    if (inflateInit(&z) != Z_OK) throw std::runtime_error("zlib init failed");
    std::vector<unsigned char> out;
    unsigned char buf[1 << 16];
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    z.avail_in = static_cast<uInt>(data.size());
    int rc = Z_OK;
    while (rc == Z_OK) {
        z.next_out = buf;
        z.avail_out = sizeof buf;
        rc = inflate(&z, Z_NO_FLUSH);
        out.insert(out.end(), buf, buf + (sizeof buf - z.avail_out));
    }
    inflateEnd(&z);
    if (rc != Z_STREAM_END) throw std::runtime_error("the image data does not inflate");
    return out;
}

int paeth(int a, int b, int c) {
    int p = a + b - c, pa = std::abs(p - a), pb = std::abs(p - b), pc = std::abs(p - c);
    return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

// Undoes the per-row filters (PNG spec, section 9).
void unfilter(Png& png, const std::vector<unsigned char>& raw) {
    std::size_t stride = png.width * png.channels, bpp = png.channels;
    if (raw.size() < png.height * (stride + 1)) throw std::runtime_error("image data too short");
    png.pixels.assign(png.height * stride, 0);
    for (std::size_t y = 0; y < png.height; ++y) {
        int filter = raw[y * (stride + 1)];
        const unsigned char* in = &raw[y * (stride + 1) + 1];
        unsigned char* row = &png.pixels[y * stride];
        const unsigned char* up = y > 0 ? row - stride : nullptr;
        for (std::size_t x = 0; x < stride; ++x) {
            int a = x >= bpp ? row[x - bpp] : 0, b = up ? up[x] : 0;
            int c = up && x >= bpp ? up[x - bpp] : 0;
            int pred = filter == 0   ? 0
                       : filter == 1 ? a
                       : filter == 2 ? b
                       : filter == 3 ? (a + b) / 2
                       : filter == 4 ? paeth(a, b, c)
                                     : -1;
            if (pred < 0) throw std::runtime_error("unknown row filter");
            row[x] = static_cast<unsigned char>(in[x] + pred);
        }
    }
}

Png read_png(const std::string& bytes) {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    if (bytes.size() < 8 || bytes.compare(0, 8, "\x89PNG\r\n\x1a\n") != 0)
        throw std::runtime_error("not a PNG file");
    Png png;
    std::string idat;
    for (std::size_t at = 8; at + 12 <= bytes.size();) {
        std::uint32_t len = be32(p + at);
        std::string type = bytes.substr(at + 4, 4);
        if (at + 12 + len > bytes.size()) throw std::runtime_error("truncated chunk " + type);
        const unsigned char* data = p + at + 8;
        if (type == "IHDR") {
            png.width = be32(data);
            png.height = be32(data + 4);
            png.colour_type = data[9];
            if (data[8] != 8 || data[12] != 0)
                throw std::runtime_error("only 8-bit, non-interlaced PNGs are read");
            static const std::size_t k_channels[] = {1, 0, 3, 1, 2, 0, 4};
            if (png.colour_type > 6 || k_channels[png.colour_type] == 0)
                throw std::runtime_error("unknown colour type");
            png.channels = k_channels[png.colour_type];
        } else if (type == "IDAT") {
            idat.append(reinterpret_cast<const char*>(data), len);
        } else if (type == "IEND") {
            break;
        }
        at += 12 + len;
    }
    if (png.width == 0 || png.height == 0) throw std::runtime_error("no IHDR");
    unfilter(png, inflate_all(idat));
    return png;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: png-colours FILE.png MIN_COLOURS\n";
        return 2;
    }
    try {
        std::ifstream in(argv[1], std::ios::binary);
        if (!in) throw std::runtime_error(std::string("cannot read ") + argv[1]);
        std::ostringstream s;
        s << in.rdbuf();
        Png png = read_png(s.str());
        std::unordered_set<std::uint32_t> colours;
        std::size_t pixels = std::size_t{png.width} * png.height, differ = 0;
        auto pixel = [&](std::size_t i) {
            std::uint32_t v = 0;
            for (std::size_t k = 0; k < png.channels; ++k)
                v = (v << 8) | png.pixels[i * png.channels + k];
            return v;
        };
        std::uint32_t background = pixel(0);
        for (std::size_t i = 0; i < pixels; ++i) {
            std::uint32_t v = pixel(i);
            colours.insert(v);
            if (v != background) ++differ;
        }
        double share = 100.0 * static_cast<double>(differ) / static_cast<double>(pixels);
        std::cout << "png-colours: " << png.width << "x" << png.height << ", " << colours.size()
                  << " distinct colours, " << static_cast<int>(share) << "% not background\n";
        if (colours.size() < std::strtoul(argv[2], nullptr, 10) || share < 1.0) {
            std::cout << "png-colours: looks blank (fewer than " << argv[2]
                      << " colours, or under 1% of pixels drawn)\n";
            return 1;
        }
        return 0;
    } catch (const std::exception& e) {
        std::cout << "png-colours: " << argv[1] << ": " << e.what() << "\n";
        return 1;
    }
}
