#pragma once
// The model's own random stream, so intervals are reproducible from a stored seed
// on every platform: xoshiro256** seeded through splitmix64, ziggurat normals
// (Marsaglia & Tsang 2000, 128 layers) and inverse-CDF Laplace draws.

#include <cstdint>

namespace bakery::forecast {

class Random
{
public:
    explicit Random(std::uint64_t seed);

    std::uint64_t next();
    double uniform();             ///< [0, 1), 53 random bits
    double normal();              ///< N(0, 1)
    double laplace(double scale); ///< Laplace(0, scale)
    double gamma(double shape);   ///< Gamma(shape, 1), shape >= 0 (0 gives 0)

    /// A well-mixed seed for sub-stream `salt` of `seed` (splitmix64 finaliser).
    static std::uint64_t mix(std::uint64_t seed, std::uint64_t salt);

    static const char* algorithm() { return "xoshiro256**/splitmix64, ziggurat-128 normal"; }

private:
    double normalTail(std::int32_t hz, std::uint32_t iz);
    std::uint64_t m_s[4];
};

} // namespace bakery::forecast
