// libFuzzer target: SseParser. The first byte picks how the stream is cut into chunks; the rest is
// the stream. Whatever the cut, the events must be the ones the stream parsed in one piece gives
// (bytes may arrive split anywhere, CR LF across chunks included), and no event may hold a line end
// that the parser should have split on.
#include "api/sseparser.h"
#include "fuzzcheck.h"

namespace {

bool sameEvents(const QList<SseEvent> &a, const QList<SseEvent> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].eventType != b[i].eventType || a[i].data != b[i].data ||
            a[i].isErrorField != b[i].isErrorField)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView stream = Fuzz::bytes(data + 1, size - 1);

    SseParser whole;
    QList<SseEvent> expected;
    whole.feed(stream, expected);
    const bool expectedCut = whole.finish();

    SseParser pieces;
    QList<SseEvent> events;
    Fuzz::Cutter cutter(data[0]);
    for (qsizetype at = 0; at < stream.size();) {
        const qsizetype length = cutter.next(stream.size() - at);
        pieces.feed(stream.sliced(at, length), events);
        at += length;
    }
    FUZZ_CHECK(pieces.finish() == expectedCut);
    FUZZ_CHECK(sameEvents(events, expected));

    for (const SseEvent &event : expected) {
        FUZZ_CHECK(!event.data.contains('\r'));
        FUZZ_CHECK(!event.eventType.contains('\r') && !event.eventType.contains('\n'));
    }

    // A parser that finished is as good as new: the same stream again gives the same events.
    QList<SseEvent> again;
    whole.feed(stream, again);
    FUZZ_CHECK(whole.finish() == expectedCut);
    FUZZ_CHECK(sameEvents(again, expected));
    return 0;
}
