#include "answerupdate.h"

#include "api/streamaccumulator.h"
#include "api/streammetrics.h"

namespace {

// Appends what `source` has beyond `target`. The two strings never share a buffer (sharing would
// make the accumulator's next append copy the whole answer).
void appendNewSuffix(QString &target, const QString &source)
{
    if (source.size() > target.size())
        target.append(QStringView(source).mid(target.size()));
}

} // namespace

MessageMetrics AnswerUpdate::metricsOf(const StreamMetrics &s)
{
    MessageMetrics m;
    m.ttftMs = s.ttftMs();
    m.tokensPerSecond = s.tokensPerSecond();
    m.promptTokens = s.promptTokens;
    m.completionTokens = s.completionTokens;
    m.completionTokensEstimated = s.completionTokensEstimated;
    m.wallMs = s.wallMs();
    return m;
}

void AnswerUpdate::apply(Message &m, const StreamAccumulator &result, const StreamMetrics &metrics)
{
    if (const ChoiceState *first = result.choice(0)) {
        appendNewSuffix(m.content, first->content);
        appendNewSuffix(m.reasoning, first->reasoning);
        if (m.toolCalls != first->toolCalls)
            m.toolCalls = first->toolCalls;
        m.finishReason = first->finishReason;
        if (first->logprobs.size() > m.logprobs.size())
            m.logprobs.append(first->logprobs.mid(m.logprobs.size()));
    }
    // n > 1: the other choices are kept whole as alternatives.
    const auto &choices = result.choices();
    if (choices.size() > 1) {
        m.alternatives.resize(choices.size() - 1);
        for (qsizetype i = 1; i < choices.size(); ++i)
            appendNewSuffix(m.alternatives[i - 1], choices.at(i).content);
    }
    if (!result.model().isEmpty())
        m.model = result.model();
    m.metrics = metricsOf(metrics);
}
