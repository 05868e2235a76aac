#pragma once

#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// An invariant of the code under test. A broken one is a bug like a crash: it prints what broke
// and aborts, so libFuzzer saves the input as a crash artifact (tools/fuzz.sh says where).
#define FUZZ_CHECK(condition)                                                                                \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "FUZZ_CHECK failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__);         \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)

namespace Fuzz {

inline QByteArrayView bytes(const uint8_t *data, size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Cuts `size` bytes into pieces whose lengths come from `seed`: a different, reproducible cut for
// every seed, with many one-byte pieces (the worst case for a streaming parser).
class Cutter final {
public:
    explicit Cutter(unsigned seed)
        : m_state(seed * 2654435761u + 1)
    {}
    qsizetype next(qsizetype remaining)
    {
        m_state = m_state * 1103515245u + 12345u;
        const unsigned pick = (m_state >> 16) % 8;
        const qsizetype length = pick < 4 ? 1 : pick < 7 ? qsizetype((m_state >> 8) % 16) + 1 : remaining;
        return qMin(length, remaining);
    }

private:
    unsigned m_state;
};

} // namespace Fuzz
