#include "forecast/Random.h"

#include <array>
#include <cmath>

namespace bakery::forecast {
namespace {

constexpr double kR = 3.442619855899; // start of the normal's tail

struct ZigguratTables
{
    std::array<std::uint32_t, 128> kn{};
    std::array<double, 128> wn{}, fn{};
    ZigguratTables()
    {
        const double m1 = 2147483648.0;
        const double vn = 9.91256303526217e-3;
        double dn = kR, tn = kR;
        const double q = vn / std::exp(-0.5 * dn * dn);
        kn[0] = static_cast<std::uint32_t>((dn / q) * m1);
        kn[1] = 0;
        wn[0] = q / m1;
        wn[127] = dn / m1;
        fn[0] = 1.0;
        fn[127] = std::exp(-0.5 * dn * dn);
        for (int i = 126; i >= 1; --i) {
            dn = std::sqrt(-2.0 * std::log(vn / dn + std::exp(-0.5 * dn * dn)));
            kn[static_cast<std::size_t>(i + 1)] = static_cast<std::uint32_t>((dn / tn) * m1);
            tn = dn;
            fn[static_cast<std::size_t>(i)] = std::exp(-0.5 * dn * dn);
            wn[static_cast<std::size_t>(i)] = dn / m1;
        }
    }
};

const ZigguratTables& tables()
{
    static const ZigguratTables t;
    return t;
}

std::uint64_t rotl(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

std::uint32_t magnitude(std::int32_t hz)
{
    return hz < 0 ? static_cast<std::uint32_t>(-static_cast<std::int64_t>(hz))
                  : static_cast<std::uint32_t>(hz);
}

} // namespace

Random::Random(std::uint64_t seed)
{
    for (std::uint64_t& s : m_s) {
        seed += 0x9e3779b97f4a7c15ULL;
        std::uint64_t z = seed;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        s = z ^ (z >> 31);
    }
}

std::uint64_t Random::mix(std::uint64_t seed, std::uint64_t salt)
{
    std::uint64_t z = seed + 0x9e3779b97f4a7c15ULL * (salt + 1);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::uint64_t Random::next()
{
    const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
    const std::uint64_t t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

double Random::uniform()
{
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

double Random::normal()
{
    const auto& z = tables();
    const auto hz = static_cast<std::int32_t>(static_cast<std::uint32_t>(next() >> 32));
    const std::uint32_t iz = static_cast<std::uint32_t>(hz) & 127u;
    if (magnitude(hz) < z.kn[iz])
        return hz * z.wn[iz];
    return normalTail(hz, iz);
}

double Random::normalTail(std::int32_t hz, std::uint32_t iz)
{
    const auto& z = tables();
    for (;;) {
        const double x = hz * z.wn[iz];
        if (iz == 0) {
            double tx, ty;
            do {
                tx = -std::log(1.0 - uniform()) / kR;
                ty = -std::log(1.0 - uniform());
            } while (ty + ty < tx * tx);
            return hz > 0 ? kR + tx : -kR - tx;
        }
        if (z.fn[iz] + uniform() * (z.fn[iz - 1] - z.fn[iz]) < std::exp(-0.5 * x * x))
            return x;
        hz = static_cast<std::int32_t>(static_cast<std::uint32_t>(next() >> 32));
        iz = static_cast<std::uint32_t>(hz) & 127u;
        if (magnitude(hz) < z.kn[iz])
            return hz * z.wn[iz];
    }
}

double Random::laplace(double scale)
{
    const double u = uniform() - 0.5; // [-0.5, 0.5)
    const double a = std::abs(u);
    return (u < 0 ? scale : -scale) * std::log(1.0 - 2.0 * a + 1e-300);
}

double Random::gamma(double shape)
{
    if (shape <= 0.0)
        return 0.0;
    if (shape < 1.0) // Gamma(a) = Gamma(a + 1) * U^(1/a)
        return gamma(shape + 1.0) * std::pow(1.0 - uniform(), 1.0 / shape);
    // Marsaglia & Tsang (2000).
    const double d = shape - 1.0 / 3.0;
    const double c = 1.0 / std::sqrt(9.0 * d);
    for (;;) {
        double x, v;
        do {
            x = normal();
            v = 1.0 + c * x;
        } while (v <= 0.0);
        v = v * v * v;
        const double u = 1.0 - uniform();
        if (u < 1.0 - 0.0331 * x * x * x * x ||
            std::log(u) < 0.5 * x * x + d * (1.0 - v + std::log(v)))
            return d * v;
    }
}

} // namespace bakery::forecast
