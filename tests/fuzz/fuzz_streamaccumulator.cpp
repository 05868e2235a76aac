// libFuzzer target: StreamAccumulator (and the JsonReader and ChatChunk decoding under it). The
// input is a text/event-stream body as a server would send it; every event goes through apply().
// The first event's payload is also read as a whole non-streaming body through applyCompletion().
// Checked: the choice and tool-call lists stay ordered by index without duplicates, counters agree,
// and every error outcome carries an error of the matching kind with a message for the user.
#include "api/sseparser.h"
#include "api/streamaccumulator.h"
#include "fuzzcheck.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

void checkState(const StreamAccumulator &accumulator)
{
    qint64 deltas = 0;
    for (qsizetype i = 0; i < accumulator.choices().size(); ++i) {
        const ChoiceState &choice = accumulator.choices().at(i);
        if (i > 0)
            FUZZ_CHECK(accumulator.choices().at(i - 1).index < choice.index);
        FUZZ_CHECK(accumulator.choice(choice.index) == &choice);
        for (qsizetype t = 1; t < choice.toolCalls.size(); ++t)
            FUZZ_CHECK(choice.toolCalls.at(t - 1).index < choice.toolCalls.at(t).index);
        FUZZ_CHECK(choice.deltaCount >= 0);
        deltas += choice.deltaCount;
    }
    FUZZ_CHECK(deltas == accumulator.deltaCount());
    if (accumulator.lastDeltaChoice() >= 0)
        FUZZ_CHECK(accumulator.choice(accumulator.lastDeltaChoice()) != nullptr);
}

void checkOutcome(StreamAccumulator::Outcome outcome, const StreamAccumulator &accumulator)
{
    using Outcome = StreamAccumulator::Outcome;
    const ApiError &error = accumulator.error();
    if (outcome == Outcome::Malformed)
        FUZZ_CHECK(error.kind == ApiError::Kind::MalformedResponse);
    if (outcome == Outcome::ErrorEvent)
        FUZZ_CHECK(error.kind == ApiError::Kind::StreamError);
    if (outcome == Outcome::Malformed || outcome == Outcome::ErrorEvent)
        FUZZ_CHECK(!error.userMessage().isEmpty());
    if (outcome == Outcome::Done)
        FUZZ_CHECK(accumulator.sawDone());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    SseParser parser;
    QList<SseEvent> events;
    parser.feed(Fuzz::bytes(data, size), events);
    parser.finish();

    StreamAccumulator accumulator;
    for (const SseEvent &event : events) {
        const auto outcome = accumulator.apply(event);
        checkOutcome(outcome, accumulator);
        checkState(accumulator);
    }
    // Reset gives a fresh accumulator.
    accumulator.reset();
    FUZZ_CHECK(accumulator.choices().isEmpty() && accumulator.deltaCount() == 0 && !accumulator.sawDone());

    if (!events.isEmpty()) {
        const QJsonDocument document = QJsonDocument::fromJson(events.first().data);
        if (document.isObject()) {
            StreamAccumulator whole;
            checkOutcome(whole.applyCompletion(document.object()), whole);
            checkState(whole);
        }
    }
    return 0;
}
